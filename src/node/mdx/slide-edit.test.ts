import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitDeck, type DeckOutline } from './remark-slides.ts';
import { outlineAfterSlideEdit } from './slide-edit.ts';

const DECKS = [
  'tests/fixtures/code-lines/deck.mdx',
  'tests/fixtures/maths/deck.mdx',
  'tests/fixtures/mermaid/deck.mdx',
  'tests/fixtures/mdx-deck/deck.mdx',
  'tests/fixtures/mdx-deck-v2/deck.mdx',
  'tests/fixtures/throwing/deck.mdx',
  'tests/corpus/mdx-deck-examples/header-footer/deck.mdx',
  'tests/corpus/mdx-deck-examples/layouts/deck.mdx',
  'tests/corpus/mdx-deck-examples/steps/deck.mdx',
  'tests/corpus/mdx-deck-docs/demo.mdx',
];

const fullOutline = (lines: string[]): DeckOutline | undefined => {
  try {
    return splitDeck(lines.join('\n'));
  } catch {
    return undefined;
  }
};

/** `lines` with `count` lines from `at` (0-based) replaced by `insert`. */
const spliced = (lines: string[], at: number, count: number, ...insert: string[]) => lines.toSpliced(at, count, ...insert);

/** What an author might save inside slide `index`: harmless edits, and ones that change more than the slide. */
function editsOf(lines: string[], outline: DeckOutline, index: number): [string, string[]][] {
  const slide = outline.slides[index]!;
  const body = slide.body.flatMap(({ start, end }) => Array.from({ length: end - start + 1 }, (_, at) => start + at));
  const first = body[0] ?? slide.notes[0]?.start ?? 1;
  const lastLine = body.at(-1) ?? first;
  const heading = body.find((line) => /^#+ /.test(lines[line - 1]!));
  const closing = outline.breaks[index];
  const after = (line: number, ...insert: string[]) => spliced(lines, line, 0, '', ...insert, '');
  const edits: [string, string[]][] = [
    ['append a paragraph', after(lastLine, 'A new paragraph.')],
    ['delete the last line', spliced(lines, lastLine - 1, 1)],
    // Each risky line twice: after the slide's last top-level block, and after its first line (maybe inside an element).
    ...(
      [
        ['open a code fence', '```'],
        ['open a tilde fence', '~~~'],
        ['add a break', '---'],
        ['add a *** break', '***'],
        ['open display maths', '$$'],
        ['open an element', '<Steps>'],
        ['close an element', '</Steps>'],
        ['open an expression', '{'],
        ['add ESM', 'export const added = 1;'],
        ['add an import', "import { Added } from './added.tsx';"],
        ['add a default export', 'export default ({ children }) => children;'],
        ['add a Header', '<Header>everywhere</Header>'],
        ['add a Footer', '<Footer>everywhere</Footer>'],
        ['add a definition', '[site]: https://example.com'],
        ['use a definition', 'see [site]'],
        ['add a script', '<script>alert(1)</script>'],
        ['add an unknown component', '<NoSuchThing />'],
      ] as const
    ).flatMap(([name, line]): [string, string[]][] => [
      [name, after(lastLine, line)],
      [`${name} after the first line`, after(first, line)],
    ]),
    ['add notes', after(lastLine, '<Notes>more to say</Notes>')],
    ['add steps', after(lastLine, '<Steps>', '', '- one', '- two', '', '</Steps>')],
    ['add a layout', after(first, '<Layout type="statement">', '', '## Moved', '', '</Layout>')],
    ['empty the slide', lines.map((line, at) => (body.includes(at + 1) || slide.notes.some((span) => at + 1 >= span.start && at + 1 <= span.end) ? '' : line))],
    ['a paragraph line over the closing break', closing ? spliced(lines, closing - 1, 0, 'no blank line under me') : after(lastLine, 'x')],
    ['front matter at the slide start', index > 0 && closing ? spliced(lines, outline.breaks[index - 1]!, 0, '---', 'a: 1', '---') : after(first, 'x')],
  ];
  if (heading) edits.push(['retitle', lines.map((line, at) => (at === heading - 1 ? `${line} (edited)` : line))]);
  if (heading) edits.push(['untitle', lines.map((line, at) => (at === heading - 1 ? '' : line))]);
  if (closing) edits.push(['delete the closing break', spliced(lines, closing - 1, 1)]);
  return edits;
}

const talk = readFileSync('slides/deck.mdx', 'utf8').split('\n');
const outline = splitDeck(talk.join('\n'));
/** The talk's first nine slides: every kind of slide it has, at a ninth of the cost of parsing it whole after each edit. */
const TALK_START = talk.slice(0, outline.breaks[8]! - 1);

describe('outlineAfterSlideEdit', () => {
  for (const [file, text] of [['the talk (slides 1–9)', TALK_START.join('\n')], ...DECKS.map((file) => [file, readFileSync(file, 'utf8')])] as const) {
    it(`agrees with the whole parse, or declines, for every edit of every slide of ${file}`, () => {
      const lines = text.split('\n');
      const outline = fullOutline(lines);
      expect(outline, 'the deck parses').toBeDefined();
      let quick = 0;
      for (const index of outline!.slides.keys()) {
        for (const [name, edited] of editsOf(lines, outline!, index)) {
          const found = outlineAfterSlideEdit({ lines, outline: outline! }, edited);
          if (!found) continue;
          quick++;
          expect(found, `${file}, slide ${index + 1}: ${name}`).toEqual(fullOutline(edited));
        }
      }
      expect(quick).toBeGreaterThan(0);
    }, 60_000);
  }

  it("re-outlines a title edit on every slide of the talk without the whole parse (the dev loop's common save)", () => {
    const declined = outline.slides.flatMap((_, index) => {
      const retitle = editsOf(talk, outline, index).find(([name]) => name === 'retitle');
      return retitle && !outlineAfterSlideEdit({ lines: talk, outline }, retitle[1]) ? [index + 1] : [];
    });
    expect(declined).toEqual([]);
  });

  it('declines what changes more than one slide: breaks, fences, ESM, chrome, definitions', () => {
    const declined = ['add a break', 'open a code fence', 'open display maths', 'add ESM', 'add a Header', 'add a definition', 'delete the closing break'];
    for (const index of [0, 4, outline.slides.length - 2]) {
      for (const [name, edited] of editsOf(talk, outline, index)) {
        if (declined.includes(name)) expect(outlineAfterSlideEdit({ lines: talk, outline }, edited), `slide ${index + 1}: ${name}`).toBeUndefined();
      }
    }
  });

  it('declines an edit with an MDX error, so the whole parse reports it at its deck line', () => {
    const at = outline.breaks[3]! + 2;
    const broken = talk.toSpliced(at, 0, '', '<Steps>', '');
    expect(outlineAfterSlideEdit({ lines: talk, outline }, broken)).toBeUndefined();
    expect(() => splitDeck(broken.join('\n'))).toThrow();
  });

  it('names an untitled slide by its place in the deck', () => {
    const deck = ['# One', '', '---', '', '## Two', '', '---', '', '## Three', ''];
    const before = splitDeck(deck.join('\n'));
    const edited = deck.map((line) => (line === '## Two' ? 'no heading now' : line));
    expect(outlineAfterSlideEdit({ lines: deck, outline: before }, edited)?.slides[1]?.title).toBe('Slide 2');
  });
});
