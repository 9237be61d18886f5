import { describe, expect, it } from 'vitest';
import { splitDeck } from './remark-slides.ts';
import { isTextMath } from './maths.ts';
import { woff2Only } from './katex-css.ts';

describe('maths', () => {
  it('takes $…$ as maths by pandoc’s rule, so prices and prompts stay text', () => {
    expect(isTextMath('$x^2$', ' ')).toBe(true);
    expect(isTextMath('$$x$$', '.')).toBe(true);
    expect(isTextMath('$5 and $', '1')).toBe(false);
    expect(isTextMath('$ npm i $', '')).toBe(false);
    expect(isTextMath('$5/$', '1')).toBe(false);
    expect(isTextMath('$$', '')).toBe(false);
  });

  it('lets the outline read TeX braces as maths, not as MDX expressions', () => {
    const outline = splitDeck('# Sum $\\sum_{k=1}^{n} k$\n\n$$\n\\frac{\\pi}{2}\n$$\n');
    expect(outline.slides).toHaveLength(1);
    expect(outline.slides[0]?.title).toBe('Sum \\sum_{k=1}^{n} k');
  });

  it('keeps only the woff2 fonts of KaTeX’s CSS', () => {
    const css = '@font-face{src:url(fonts/A.woff2) format("woff2"),url(fonts/A.woff) format("woff"),url(fonts/A.ttf) format("truetype")}';
    expect(woff2Only(css)).toBe('@font-face{src:url(fonts/A.woff2) format("woff2")}');
  });
});
