import { describe, expect, it } from 'vitest';
import { compile } from '@mdx-js/mdx';
import { VFile } from 'vfile';
import { splitDeck } from './remark-slides.ts';
import { extractLines } from './deck-lines.ts';
import { keptDefaultExport, remarkDefaultExports } from './slide-default-export.ts';

const deck = [
  "import Invert from './invert.jsx'",
  "import Frame from './frame.jsx'",
  '',
  '# One',
  '',
  '---',
  '',
  'export default Invert',
  '',
  '# Two',
  '',
  '---',
  '',
  '# Three',
].join('\n');

const lines = deck.split('\n');

/** The part's compiled code, with the ESM every part repeats and the slide's own lines, as the build compiles it. */
async function compiled(source: string, part: string, mdxDeck2: boolean): Promise<string> {
  const outline = splitDeck(source);
  const n = Number(part.split('-')[1]);
  const { text, lines: from } = extractLines(source, [...outline.esm, ...(outline.slides[n - 1]?.body ?? [])]);
  const data = { keptDefaultExport: keptDefaultExport(outline, part, mdxDeck2), deckLineOf: (line: number) => from[line - 1]! };
  return String(await compile(new VFile({ value: text, data }), { remarkPlugins: [remarkDefaultExports] }));
}

describe('export default inside a slide (mdx-deck 1–2 layouts)', () => {
  it('the outline records which slide wrote it', () => {
    const outline = splitDeck(deck);
    expect(outline.slides.map((slide) => slide.defaultExport)).toEqual([undefined, 8, undefined]);
    expect(outline.leadingDefaultExport).toBeUndefined();
  });

  it('wraps only its own slide', async () => {
    expect(await compiled(deck, 'slide-2', false)).toMatch(/MDXLayout = Invert/);
    expect(await compiled(deck, 'slide-1', false)).not.toMatch(/MDXLayout = /);
    expect(await compiled(deck, 'slide-3', true)).not.toMatch(/MDXLayout = /);
  });

  it("one before the first --- is MDX 3's layout of the whole file, unless the deck is for mdx-deck 1–2", async () => {
    const whole = [...lines.slice(0, 2), '', 'export default Frame', ...lines.slice(2)].join('\n');
    expect(splitDeck(whole).leadingDefaultExport).toBe(4);
    expect(await compiled(whole, 'slide-3', false)).toMatch(/MDXLayout = Frame/);
    expect(await compiled(whole, 'slide-2', false)).toMatch(/MDXLayout = Invert/);
    expect(await compiled(whole, 'slide-3', true)).not.toMatch(/MDXLayout = /);
    expect(await compiled(whole, 'slide-1', true)).toMatch(/MDXLayout = Frame/);
    expect(keptDefaultExport(splitDeck(whole), 'notes-1', false)).toBeUndefined();
    expect(keptDefaultExport(splitDeck(whole), 'chrome', false)).toBeUndefined();
  });
});
