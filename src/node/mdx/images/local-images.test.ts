import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compile } from '@mdx-js/mdx';
import { VFile } from 'vfile';
import { afterAll, describe, expect, it } from 'vitest';
import { formatDeckError } from '../../errors/format-error.ts';
import { remarkLocalImages } from './local-images.ts';
import { splitDeck } from '../remark-slides.ts';
import { extractLines } from '../deck-lines.ts';

const dir = mkdtempSync(join(tmpdir(), 'deck-local-images-'));
mkdirSync(join(dir, 'img'));
writeFileSync(join(dir, 'real.png'), 'png');
writeFileSync(join(dir, 'img', 'sub.png'), 'png');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const compilePart = async (value: string, deckPart = 'slide-1') =>
  String((await compile(new VFile({ value, path: join(dir, 'deck.mdx'), data: { deckPart } }), { remarkPlugins: [remarkLocalImages] })).value);

describe('remarkLocalImages', () => {
  it('imports each spelling of a local image once and uses the import as its src', async () => {
    const code = await compilePart(
      ['![md](./real.png "T")', '', '![bare](img/sub.png)', '', '<Image src="real.png" size="cover" />', '', '<img src="./img/sub.png" alt="x" />'].join('\n'),
    );
    expect(code).toContain('import __deckImage0 from "./real.png?url"');
    expect(code).toContain('import __deckImage1 from "./img/sub.png?url"');
    expect(code.match(/^import __deckImage/gm)).toHaveLength(2);
    expect(code).toMatch(/_jsx\(_components\.img, \{\s*src: __deckImage0,\s*alt: "md",\s*title: "T"/);
    expect(code).toMatch(/_jsx\(Image, \{\s*src: __deckImage0,\s*size: "cover"/);
    expect(code).toMatch(/_jsx\("img", \{\s*src: __deckImage1,\s*alt: "x"/);
    expect(code).not.toMatch(/"\.?\/?(img\/sub|real)\.png"/);
  });

  it('resolves a reference image through its definition, and keeps a #fragment', async () => {
    const code = await compilePart('![logo][l]\n\n<img src="real.png#view" />\n\n[l]: img/sub.png\n');
    expect(code).toContain('import __deckImage0 from "./img/sub.png?url"');
    expect(code).toContain('src: __deckImage1 + "#view"');
  });

  it('leaves absolute urls, root paths, fragments and expressions as written', async () => {
    const code = await compilePart(
      [
        '![a](https://x/a.png)',
        '![b](data:image/png;base64,AA)',
        '![c](//cdn/c.png)',
        '![d](/d.png)',
        '<img src="#e" />',
        '<img src={"real.png"} />',
        '<Image src={url} />',
      ].join('\n\n'),
    );
    expect(code).not.toContain('import __deckImage');
    for (const url of ['https://x/a.png', 'data:image/png;base64,AA', '//cdn/c.png', '/d.png', '#e']) expect(code).toContain(JSON.stringify(url));
  });

  it('fails at the url with the file it looked for and the part of the deck', async () => {
    await expect(compilePart('# Three\n\nSee ![x](./nope.png) here\n', 'slide-3')).rejects.toMatchObject({
      reason: `image ./nope.png not found (slide 3): no file ${join(dir, 'nope.png')}`,
      line: 3,
      column: 5,
    });
    await expect(compilePart('<Image\n  src="img/gone.png" />\n', 'notes-2')).rejects.toMatchObject({
      line: 2,
      column: 3,
      reason: expect.stringContaining('(notes of slide 2)'),
    });
    await expect(compilePart('![x](img)\n', 'chrome')).rejects.toMatchObject({
      reason: expect.stringMatching(/^image img not found \(Head, Header or Footer\): no file /),
    });
  });

  it("names the deck's own line when a slide part (ESM repeated, other slides left out) fails", async () => {
    const deck = [
      "import { Box } from './box.jsx'",
      '',
      '# One',
      '',
      '---',
      '',
      '## Two',
      '',
      '---',
      '',
      '## Three',
      '',
      'text',
      '',
      '<img src="nope.png" />',
      '',
    ].join('\n');
    const outline = splitDeck(deck);
    const part = extractLines(deck, [...outline.esm, ...outline.slides[2]!.body]);
    const error = await compilePart(part.text, 'slide-3').then(
      () => undefined,
      (failed: unknown) => formatDeckError(failed, 'talk.mdx', deck, part.lines),
    );
    expect(error?.message.split('\n')[0]).toBe(`talk.mdx:15:6: image nope.png not found (slide 3): no file ${join(dir, 'nope.png')}`);
  });
});
