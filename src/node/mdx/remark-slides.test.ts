import { describe, expect, it } from 'vitest';
import { compile } from '@mdx-js/mdx';
import { VFile } from 'vfile';
import { remarkSlideTitle, splitDeck } from './remark-slides.ts';
import { EMPTY_DECK_TITLE, extractLines } from './deck-lines.ts';
import { formatDeckError } from '../errors/format-error.ts';

const deck = [
  '---',
  'title: front matter is not a slide',
  '---',
  "import { Thing } from './thing.jsx'",
  "export const meta = { title: 'T' }",
  '',
  '# First',
  '',
  '```md',
  '---',
  'not a break inside a fence',
  '```',
  '',
  '---',
  '',
  '## Second',
  '',
  '<Steps>',
  '',
  '- a',
  '- b',
  '- c',
  '',
  '</Steps>',
  '',
  '<Notes>say it</Notes>',
  '',
  '---',
  '',
  '<Header>on every slide</Header>',
  '',
  'No heading here',
].join('\n');

describe('splitDeck', () => {
  const outline = splitDeck(deck);

  it('splits at --- outside code fences and skips front matter', () => {
    expect(outline.slides).toHaveLength(3);
    expect(outline.slides.map((slide) => slide.title)).toEqual(['First', 'Second', 'Slide 3']);
  });

  it('keeps the fenced --- inside the first slide', () => {
    const first = extractLines(deck, outline.slides[0]!.body).text;
    expect(first).toContain('not a break inside a fence');
  });

  it('counts steps per slide at compile time', () => {
    expect(outline.slides.map((slide) => slide.steps)).toEqual([0, 3, 0]);
  });

  it('lifts notes out of the slide body', () => {
    const second = outline.slides[1]!;
    expect(extractLines(deck, second.notes).text).toContain('<Notes>say it</Notes>');
    expect(extractLines(deck, second.body).text).not.toContain('Notes');
  });

  it("lifts mdx-deck 1's ```notes block out of the slide, as its notes", () => {
    const source = '# Shown\n\n```notes\nSecret for the speaker\n```\n\n```js\nconst kept = 1\n```\n';
    const [slide] = splitDeck(source).slides;
    expect(extractLines(source, slide!.notes).text).toContain('Secret for the speaker');
    expect(slide!.notesText).toBe('Secret for the speaker');
    expect(extractLines(source, slide!.body).text).not.toContain('Secret');
    expect(slide!.text).toContain('const kept = 1');
  });

  it('records ESM and exported names, and lifts deck-wide chrome', () => {
    expect(outline.exports).toEqual(['meta']);
    expect(extractLines(deck, outline.esm).text).toContain("import { Thing } from './thing.jsx'");
    expect(extractLines(deck, outline.chrome).text).toContain('<Header>on every slide</Header>');
    expect(extractLines(deck, outline.slides[2]!.body).text).not.toContain('Header');
  });

  it('maps every line of a part back to the deck file', () => {
    const part = extractLines(deck, outline.slides[1]!.body);
    const at = part.text.split('\n').indexOf('## Second');
    expect(part.lines[at]).toBe(16);
    expect(deck.split('\n')[15]).toBe('## Second');
  });

  it('counts a literal steps attribute on any component', () => {
    const custom = splitDeck('## Diagram\n\n<Diagram steps={4} />\n\n<Steps>\n\n- x\n\n</Steps>\n');
    expect(custom.slides[0]!.steps).toBe(5);
  });

  it('gives an empty file, or one of only ---, a single placeholder slide', () => {
    for (const source of ['', '---\n', '\n---\n\n---\n']) {
      expect(splitDeck(source).slides.map((slide) => slide.title)).toEqual([EMPTY_DECK_TITLE]);
    }
  });

  it('finds every <script> for a warning, keeps slide numbers, and leaves scripts out of titles and text', () => {
    const source = [
      '<script>window.a = 1</script>',
      '',
      '---',
      '',
      '## Two <script>b()</script>',
      '',
      '<Notes><script>c()</script>said</Notes>',
      '',
      '---',
      '',
      '<Header><script>d()</script></Header>',
      '',
      '## Three',
    ].join('\n');
    const scripted = splitDeck(source);
    expect(scripted.scripts).toEqual([
      { line: 1, column: 1 },
      { line: 5, column: 8 },
      { line: 7, column: 8 },
      { line: 11, column: 9 },
    ]);
    expect(scripted.slides.map((slide) => slide.title)).toEqual(['Slide 1', 'Two', 'Three']);
    expect(scripted.slides.map((slide) => [slide.text, slide.notesText])).toEqual([
      ['', ''],
      ['Two', 'said'],
      ['Three', ''],
    ]);
  });

  it('leaves SpeakerOnly remarks, inline or as a block, out of the transcript text', () => {
    const source = [
      '## One',
      '',
      '<Notes>',
      'Said aloud. <SpeakerOnly>(editorial) inline remark</SpeakerOnly> And more.',
      '',
      '<SpeakerOnly>',
      '',
      'A block remark.',
      '',
      '</SpeakerOnly>',
      '</Notes>',
    ].join('\n');
    expect(splitDeck(source).slides[0]?.notesText).toBe('Said aloud. And more.');
  });

  it('marks the heading that is a slide’s title data-slide-title, in slide parts only', async () => {
    const source = '### Kicker\n\n## The title\n\n## Another\n\n<Notes>\n# Not this\n</Notes>\n';
    const compiled = async (deckPart: string) =>
      String(await compile(new VFile({ value: source, data: { deckPart } }), { remarkPlugins: [remarkSlideTitle], development: false }));
    const slide = await compiled('slide-2');
    expect(slide.match(/"data-slide-title": ""/g)).toHaveLength(1);
    expect(slide).toMatch(/"data-slide-title": "",\s*children: "The title"/);
    expect(await compiled('notes-2')).not.toContain('data-slide-title');
  });

  it('reports syntax errors with line and column', () => {
    const source = '# ok\n\nText <Broken\n';
    let message = '';
    try {
      splitDeck(source);
    } catch (error) {
      message = formatDeckError(error, 'deck.mdx', source).message;
    }
    expect(message).toMatch(/^deck\.mdx:3:\d+: /);
    expect(message).toContain('3 | Text <Broken');
  });
});

describe('extractLines', () => {
  it('copies only the wanted lines and maps each back to its line in the file', () => {
    const source = ['a', 'b', 'c', 'd', 'e'].join('\n');
    const part = extractLines(source, [
      { start: 4, end: 5 },
      { start: 1, end: 1 },
    ]);
    expect(part.text).toBe('a\n\nd\ne');
    expect(part.lines).toEqual([1, 2, 4, 5]);
  });
});
