import { describe, expect, it } from 'vitest';
import prism from 'react-syntax-highlighter/dist/esm/styles/prism/prism';
import hljsDefault from 'react-syntax-highlighter/dist/esm/styles/hljs/default-style';
import okaidia from 'react-syntax-highlighter/dist/esm/styles/prism/okaidia';
import { codeColours, slideStyle } from './syntax-style.ts';
import { contrast } from '../../styles/contrast.ts';

const rgb = (hex: string) => [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16)) as [number, number, number];

describe('a syntax style on a slide', () => {
  it("keeps the block's colours and every token's style, not its page layout", () => {
    const style = slideStyle(prism);
    expect(style['pre[class*="language-"]']).toEqual({ color: 'black', background: '#f5f2f0', textShadow: '0 1px white' });
    expect(style['code[class*="language-"]']).not.toHaveProperty('whiteSpace');
    expect(style['code[class*="language-"]']).not.toHaveProperty('fontSize');
    expect(style.keyword).toEqual(prism.keyword);
    expect(slideStyle(hljsDefault).hljs).toEqual({ background: '#F0F0F0', color: '#444' });
  });

  it('a token under 3:1 off the block is moved just far enough to reach it; the others keep their colour', () => {
    const style = slideStyle(prism);
    const punctuation = style.punctuation!.color as string;
    expect(contrast(rgb('#999999'), rgb('#f5f2f0'))).toBeLessThan(3);
    expect(contrast(rgb(punctuation), rgb('#f5f2f0'))).toBeGreaterThanOrEqual(3);
    expect(contrast(rgb(punctuation), rgb('#f5f2f0'))).toBeLessThan(3.5);
    expect(style.string!.color).toBe('#690');
    expect(contrast(rgb(slideStyle(hljsDefault)['hljs-literal']!.color as string), rgb('#f0f0f0'))).toBeGreaterThanOrEqual(3);
    expect(slideStyle(okaidia).comment).toEqual(okaidia.comment);
  });

  it("gives the code element the style's code colours, else the block's", () => {
    expect(codeColours(slideStyle(prism), 'js')).toMatchObject({ color: 'black' });
    expect(codeColours({}, 'js')).toEqual({ color: 'inherit', background: 'none' });
  });
});
