import { describe, expect, it } from 'vitest';
import { splitDeck } from './remark-slides.ts';

const layouts = (source: string) => splitDeck(source).slides.map((slide) => slide.layout);

describe('slideLayout', () => {
  it('reads the literal type of a top-level Layout, else content', () => {
    const deck = [
      '# A',
      '---',
      '<Layout type="statement">\n\n## B\n\n</Layout>',
      '---',
      '<Layout style={{}}>\n\nx\n\n</Layout>',
      '---',
      '<Layout type={x}>\n\ny\n\n</Layout>',
    ];
    expect(layouts(deck.join('\n\n'))).toEqual(['content', 'statement', 'content', 'content']);
  });

  it('ignores a Layout nested inside another element', () => {
    expect(layouts('<Split>\n\n<Layout type="closing">\n\nx\n\n</Layout>\n\n</Split>')).toEqual(['content']);
  });
});
