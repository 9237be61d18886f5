import { expect, test, type Page, type Request } from '@playwright/test';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { deckCli } from './deck-cli.ts';
import {
  firstMissingInOrder,
  firstWordHeights,
  pdfBookmarks,
  pdfFonts,
  pdfInfo,
  pdfText,
  pngLeftPixel,
  pngSize,
  pdfPageAsPng,
  luminance,
  slideTitles,
  squash,
  stepsPerSlide,
  type SlideTitle,
} from './pdf-tools.ts';

const TALK = 'slides/deck.mdx';
const FIXTURE = 'tests/fixtures/mdx-deck/deck.mdx';
const scratch = () => mkdtempSync(join(tmpdir(), 'deck-export-test-'));

/** The export's cached build of `deckFile`, if there is one. */
function exportBuild(deckFile: string): string | undefined {
  const cache = 'node_modules/.cache/deck';
  return readdirSync(cache)
    .filter((name) => name.startsWith('export-') && existsSync(join(cache, name, 'deck-inputs.json')))
    .map((name) => join(cache, name))
    .find((folder) => JSON.parse(readFileSync(join(folder, 'deck-inputs.json'), 'utf8')).deckFile === resolve(deckFile));
}

/** Titles the PDF's text must show in order: those a heading shows on the slide (a slide without one has only a bookmark). */
const shownTitles = (titles: readonly SlideTitle[]) => titles.filter((slide) => slide.shown).map((slide) => squash(slide.title));

test.describe('deck export: the talk', () => {
  test.describe.configure({ mode: 'serial', timeout: 120_000 });
  const dir = scratch();
  const pdf = join(dir, 'talk.pdf');
  let titles: SlideTitle[] = [];
  let exported: Awaited<ReturnType<typeof deckCli>>;

  test.beforeAll(async ({ browser, baseURL }) => {
    test.setTimeout(180_000);
    [titles, exported] = await Promise.all([slideTitles(browser, 'talk', baseURL ?? ''), deckCli('export', TALK, '--out', pdf)]);
  });

  test('its own build declares and preloads the print fonts in its HTML; a site build does not fetch them', () => {
    const build = exportBuild(TALK);
    expect(build).toBeDefined();
    const fonts = readdirSync(join(build!, 'assets')).filter((file) => file.endsWith('.ttf'));
    expect(fonts.length).toBeGreaterThan(0);
    const html = readFileSync(join(build!, 'index.html'), 'utf8');
    const preloads = [...html.matchAll(/<link rel="preload" as="font"[^>]*href="\.\/assets\/([^"]+)"/g)].map((match) => match[1]);
    expect(preloads.sort()).toEqual(fonts.sort());
    const faces = [...html.matchAll(/@font-face\{font-family:"(?:Inter|JetBrains Mono) Print";[^}]*src:url\("\.\/assets\/([^"]+)"\)\}/g)].map(
      (match) => match[1],
    );
    expect(faces.sort()).toEqual(fonts.sort());
    expect(readFileSync('.e2e/talk/index.html', 'utf8')).not.toMatch(/rel="preload" as="font"/);
  });

  test('writes one page per slide, titled and authored from meta, with a summary on stdout', async () => {
    expect(exported.stderr).toBe('');
    expect(exported.status).toBe(0);
    expect(exported.stdout).toMatch(
      /^Wrote .*talk\.pdf \(\d+ pages\) in [\d.]+ s \(CLI loaded at [\d.]+ s, deck (built|reused) at [\d.]+ s, Chromium ready at [\d.]+ s, slides rendered at [\d.]+ s, written at [\d.]+ s\)\n$/,
    );
    const info = await pdfInfo(pdf);
    expect(Number(info.Pages)).toBe(titles.length);
    expect(titles.length).toBeGreaterThan(30);
    expect(info['Page size']).toBe('960 x 540 pts');
    const html = readFileSync('.e2e/talk/index.html', 'utf8');
    expect(info.Title).toBe(/<title>([^<]*)<\/title>/.exec(html)?.[1]);
    const author = /<meta name="author" content="([^"]*)"/.exec(html)?.[1];
    if (author) expect(info.Author).toBe(author);
    expect(readdirSync(dir)).toEqual(['talk.pdf']);
  });

  test('embeds its fonts as real TrueType fonts, none as Type 3 glyph drawings', async () => {
    const fonts = await pdfFonts(pdf);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((font) => font.type === 'Type 3')).toEqual([]);
    expect(fonts.some((font) => font.name.includes('Inter') && /TrueType/.test(font.type))).toBe(true);
  });

  test('has every slide title in order in its text, and the scorecard average', async () => {
    const text = await pdfText(pdf);
    // A layout may set a title in capitals (text-transform), which the PDF's text keeps.
    expect(
      firstMissingInOrder(
        text.toLowerCase(),
        shownTitles(titles).map((title) => title.toLowerCase()),
      ),
    ).toBeUndefined();
    if (readFileSync(TALK, 'utf8').includes('<Scorecard')) expect(text).toContain('3.25');
  });

  test('lists every slide title as a bookmark, in order', async () => {
    // Chromium joins a wrapped heading's lines without a space in the outline, so compare without spaces.
    const bookmarks = (await pdfBookmarks(pdf)).join('\n').replace(/ /g, '');
    expect(
      firstMissingInOrder(
        bookmarks,
        titles.map((slide) => squash(slide.title).replace(/ /g, '')),
      ),
    ).toBeUndefined();
  });

  test('--png --range --scale --dark: one PNG per chosen slide at the device pixel ratio, dark where the PDF is light', async () => {
    const dark = join(dir, 'dark');
    const result = await deckCli('export', TALK, '--png', dark, '--range', '2-3,1', '--scale', '2', '--dark', '--quiet');
    expect(result.status).toBe(0);
    expect(result.stdout + result.stderr).toBe('');
    expect(readdirSync(dark).sort()).toEqual(['slide-01.png', 'slide-02.png', 'slide-03.png']);
    for (const name of readdirSync(dark)) expect(pngSize(join(dark, name))).toEqual({ width: 2560, height: 1440 });
    await pdfPageAsPng(pdf, 1, join(dir, 'light'));
    expect(luminance(pngLeftPixel(join(dark, 'slide-01.png'), 0.5))).toBeLessThan(80);
    expect(luminance(pngLeftPixel(join(dir, 'light.png'), 0.5))).toBeGreaterThan(180);
  });
});

/** The talk's `<SpeakerOnly>` remarks as the PDF's text shows them (whitespace squashed). */
const speakerOnlyRemarks = () =>
  [...readFileSync(TALK, 'utf8').matchAll(/<SpeakerOnly>([\s\S]*?)<\/SpeakerOnly>/g)].map((match) => squash((match[1] ?? '').replace(/[`*_]/g, '')));

test.describe('deck export: the talk with notes', () => {
  test.describe.configure({ mode: 'serial', timeout: 120_000 });
  const dir = scratch();
  const runs: Record<string, Awaited<ReturnType<typeof deckCli>>> = {};
  let slides = 0;

  test.beforeAll(async ({ browser, baseURL }) => {
    test.setTimeout(240_000);
    slides = (await slideTitles(browser, 'talk', baseURL ?? '')).length;
    [runs.notes, runs.speaker] = await Promise.all([
      deckCli('export', TALK, '--out', join(dir, 'notes.pdf'), '--notes', '--quiet'),
      deckCli('export', TALK, '--out', join(dir, 'speaker.pdf'), '--speaker-notes', '--quiet'),
    ]);
    [runs.handout, runs.textOnly] = await Promise.all([
      deckCli('export', TALK, '--out', join(dir, 'handout.pdf'), '--handout', '4', '--quiet'),
      deckCli('export', TALK, '--out', join(dir, 'text-only.pdf'), '--handout', '4', '--range', '2', '--quiet'),
    ]);
  });

  test('--handout 4: every A4 page at full size, also those with a diagram (Chromium shrinks a page whose content is too wide)', async () => {
    expect(runs.handout?.status).toBe(0);
    const file = join(dir, 'handout.pdf');
    expect(Number((await pdfInfo(file)).Pages)).toBe(Math.ceil(slides / 4));
    // Each page starts with its header line: a shrunk page shows it smaller than a sheet holding one text-only slide.
    expect(runs.textOnly?.status).toBe(0);
    const [reference] = await firstWordHeights(join(dir, 'text-only.pdf'));
    expect(new Set(await firstWordHeights(file))).toEqual(new Set([reference]));
  });

  test('--notes: each slide and its notes on one page, as many pages as slides, fonts as TrueType', async () => {
    expect(runs.notes?.status).toBe(0);
    expect(Number((await pdfInfo(join(dir, 'notes.pdf'))).Pages)).toBe(slides);
    expect((await pdfFonts(join(dir, 'notes.pdf'))).filter((font) => font.type === 'Type 3')).toEqual([]);
  });

  test('--notes leaves the <SpeakerOnly> remarks out; --speaker-notes keeps them, on the same pages', async () => {
    const remarks = speakerOnlyRemarks();
    expect(remarks.length).toBeGreaterThan(0);
    const notes = await pdfText(join(dir, 'notes.pdf'));
    expect(notes).not.toContain('(editorial)');
    expect(remarks.filter((remark) => notes.includes(remark))).toEqual([]);
    expect(runs.speaker?.status).toBe(0);
    expect(Number((await pdfInfo(join(dir, 'speaker.pdf'))).Pages)).toBe(slides);
    // Lines wrap mid-remark in the PDF's text: compare without spaces.
    const speaker = (await pdfText(join(dir, 'speaker.pdf'))).replace(/ /g, '');
    expect(remarks.filter((remark) => !speaker.includes(remark.replace(/ /g, '')))).toEqual([]);
  });
});

test.describe('deck export: the mdx-deck fixture', () => {
  test.describe.configure({ mode: 'serial', timeout: 120_000 });
  const dir = scratch();
  let titles: SlideTitle[] = [];
  let steps: number[] = [];
  const runs: Record<string, Awaited<ReturnType<typeof deckCli>>> = {};

  test.beforeAll(async ({ browser, baseURL }) => {
    test.setTimeout(240_000);
    titles = await slideTitles(browser, 'mdx-deck', baseURL ?? '');
    steps = await stepsPerSlide(browser, 'mdx-deck', baseURL ?? '', titles.length);
    [runs.plain, runs.steps] = await Promise.all([
      deckCli('export', FIXTURE, '--out', join(dir, 'plain.pdf'), '--quiet'),
      deckCli('export', FIXTURE, '--out', join(dir, 'steps.pdf'), '--steps', '--notes', '--quiet'),
    ]);
    [runs.handout, runs.png] = await Promise.all([
      deckCli('export', FIXTURE, '--out', join(dir, 'handout.pdf'), '--handout', '4', '--quiet'),
      deckCli('export', FIXTURE, '--png', join(dir, 'png'), '--quiet'),
    ]);
  });

  test('one page per slide with titles in order, as text and as bookmarks (also for a slide without a heading)', async () => {
    expect(runs.plain?.status).toBe(0);
    const file = join(dir, 'plain.pdf');
    expect(Number((await pdfInfo(file)).Pages)).toBe(titles.length);
    expect(titles.some((slide) => !slide.shown)).toBe(true);
    expect(firstMissingInOrder(await pdfText(file), shownTitles(titles))).toBeUndefined();
    expect(
      firstMissingInOrder(
        (await pdfBookmarks(file)).join('\n'),
        titles.map((slide) => slide.title),
      ),
    ).toBeUndefined();
  });

  test('--steps --notes: a page per step of every slide, each beside its notes', async () => {
    expect(runs.steps?.status).toBe(0);
    const file = join(dir, 'steps.pdf');
    expect(Number((await pdfInfo(file)).Pages)).toBe(steps.reduce((sum, positions) => sum + positions, 0));
    const text = await pdfText(file);
    expect(firstMissingInOrder(text, [titles[0]!.title, titles[1]!.title])).toBeUndefined();
    expect(text).toContain('These are notes for the first slide.');
  });

  test('--handout 4: ceil(slides / 4) A4 pages', async () => {
    expect(runs.handout?.status).toBe(0);
    const info = await pdfInfo(join(dir, 'handout.pdf'));
    expect(Number(info.Pages)).toBe(Math.ceil(titles.length / 4));
    expect(info['Page size']).toMatch(/\(A4\)/);
  });

  test('--png: one 1280×720 PNG per slide, named in deck order', async () => {
    expect(runs.png?.status).toBe(0);
    const files = readdirSync(join(dir, 'png')).sort();
    expect(files).toEqual(titles.map((_, index) => `slide-${String(index + 1).padStart(2, '0')}.png`));
    for (const name of files) expect(pngSize(join(dir, 'png', name))).toEqual({ width: 1280, height: 720 });
    expect(readdirSync(dir).filter((name) => name.startsWith('.'))).toEqual([]);
  });
});

test('deck export reuses its build until a file the deck is made of changes', async () => {
  test.setTimeout(180_000);
  // A copy of the fixture, so editing its local component touches nothing in the repo.
  const dir = scratch();
  cpSync('tests/fixtures/mdx-deck', join(dir, 'deck'), { recursive: true });
  const deck = join(dir, 'deck', 'deck.mdx');
  const out = join(dir, 'out.pdf');
  const exportOnce = async () => {
    const result = await deckCli('export', deck, '--out', out);
    expect(result.stderr).toBe('');
    return /deck (built|reused) at/.exec(result.stdout)?.[1];
  };
  expect(await exportOnce()).toBe('built');
  const text = await pdfText(out);
  // The first export of a build saved the print view it rendered; the next one prints that page, also its title.
  const build = exportBuild(deck)!;
  const saved = readdirSync(build).filter((name) => /^print-\w+\.html$/.test(name));
  expect(saved).toHaveLength(1);
  const page = join(build, saved[0]!);
  expect(readFileSync(page, 'utf8')).not.toMatch(/<script[^>]*\ssrc=/);
  writeFileSync(page, readFileSync(page, 'utf8').replace(/<title>[^<]*<\/title>/, '<title>The saved copy</title>'));
  expect(await exportOnce()).toBe('reused');
  expect(await pdfText(out)).toBe(text);
  expect((await pdfInfo(out)).Title).toBe('The saved copy');
  // A copy that no longer loads (cut short here) costs one wait: the slides are rendered again and saved anew.
  writeFileSync(page, readFileSync(page, 'utf8').slice(0, 2000));
  const damaged = await deckCli('export', deck, '--out', out, '--timeout', '5000');
  expect(damaged.status, damaged.stderr).toBe(0);
  expect(await pdfText(out)).toBe(text);
  expect(readFileSync(page, 'utf8').length).toBeGreaterThan(2000);
  const component = join(dir, 'deck', 'counter.jsx');
  writeFileSync(component, readFileSync(component, 'utf8').replace('Count: {count}', 'Clicks so far: {count}'));
  expect(await exportOnce()).toBe('built');
  expect(await pdfText(out)).toMatch(/Clicks so far: \d+/);
  expect((await pdfInfo(out)).Title).not.toBe('The saved copy');
  expect(await exportOnce()).toBe('reused');
  const result = await deckCli('export', deck, '--out', out, '--no-cache');
  expect(result.stdout).toMatch(/deck built at/);
});

test.describe('deck export fails loudly and writes nothing', () => {
  test.describe.configure({ timeout: 120_000 });

  test('a missing deck file', async () => {
    const out = join(scratch(), 'x.pdf');
    const result = await deckCli('export', 'no/such/deck.mdx', '--out', out);
    expect(result.status).not.toBe(0);
    expect(result.stderr.trim()).toMatch(/^deck: no such deck file: .*no\/such\/deck\.mdx$/);
    expect(existsSync(out)).toBe(false);
  });

  test('a deck that does not compile: file:line:column, no PDF', async () => {
    const dir = scratch();
    const result = await deckCli('export', 'tests/fixtures/broken/deck.mdx', '--out', join(dir, 'x.pdf'));
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/tests\/fixtures\/broken\/deck\.mdx:8:\d+: /);
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(readdirSync(dir)).toEqual([]);
  });

  test('a bad flag: one clear message (every flag is checked in export-options.test.ts)', async () => {
    const dir = scratch();
    const result = await deckCli('export', FIXTURE, '--out', join(dir, 'x.pdf'), '--handout', '5');
    expect(result.status).not.toBe(0);
    expect(result.stderr.trim()).toBe('deck export: --handout must be one of 2, 3, 4, 6, got 5');
    expect(readdirSync(dir)).toEqual([]);
  });

  test('a range past the last slide names the deck length', async () => {
    const dir = scratch();
    const result = await deckCli('export', FIXTURE, '--out', join(dir, 'x.pdf'), '--range', '9-12', '--quiet');
    expect(result.status).not.toBe(0);
    expect(result.stderr.trim()).toBe('deck export: --range: slide 12 in "9-12" is out of range: the deck has slides 1-10');
    expect(readdirSync(dir)).toEqual([]);
  });

  test('a slide whose component throws: names slide 2 and its error, no PDF and no PNGs', async () => {
    const dir = scratch();
    const [pdf, png] = await Promise.all([
      deckCli('export', 'tests/fixtures/throwing/deck.mdx', '--out', join(dir, 'x.pdf'), '--quiet'),
      deckCli('export', 'tests/fixtures/throwing/deck.mdx', '--png', join(dir, 'png'), '--quiet'),
    ]);
    for (const result of [pdf, png]) {
      expect(result.status).not.toBe(0);
      expect(result.stderr.trim()).toBe('deck export: slide 2 failed to render: Boom: this component always throws');
    }
    expect(readdirSync(dir)).toEqual([]);
  });

  test('an image that fails to load: names its slide and the URL', async () => {
    const dir = scratch();
    const deck = join(dir, 'deck.mdx');
    // A root path is left as written (a relative one is bundled, and a missing one fails the build instead).
    writeFileSync(deck, '# One\n\n---\n\n## Two\n\n![a missing picture](/missing-picture.png)\n');
    const result = await deckCli('export', deck, '--out', join(dir, 'x.pdf'), '--quiet');
    expect(result.status).not.toBe(0);
    expect(result.stderr.trim()).toMatch(/^deck export: slide 2: image http:\/\/127\.0\.0\.1:\d+\/missing-picture\.png failed to load \(HTTP 404\)$/);
    expect(readdirSync(dir)).toEqual(['deck.mdx']);
  });

  test('a timeout names the slide still loading', async () => {
    const hanging = createServer(() => {});
    await new Promise<void>((listening) => hanging.listen(0, '127.0.0.1', listening));
    const { port } = hanging.address() as AddressInfo;
    try {
      const dir = scratch();
      const deck = join(dir, 'deck.mdx');
      writeFileSync(deck, `# One\n\n---\n\n## Two\n\n![never arrives](http://127.0.0.1:${port}/slow.png)\n`);
      const result = await deckCli('export', deck, '--out', join(dir, 'x.pdf'), '--timeout', '6000', '--quiet');
      expect(result.status).not.toBe(0);
      expect(result.stderr.trim()).toBe('deck export: timed out after 6000 ms waiting for slide 2 to load');
      expect(readdirSync(dir)).toEqual(['deck.mdx']);
    } finally {
      hanging.closeAllConnections();
      hanging.close();
    }
  });

  test('a slide whose script never lets go of the page still times out, instead of hanging the export', async () => {
    const dir = scratch();
    const deck = join(dir, 'deck.mdx');
    const spin = "export const Spin = () => { if (typeof location !== 'undefined' && location.search.includes('mode=print')) for (;;) {} return <p>spin</p> }";
    writeFileSync(deck, `# One\n\n---\n\n${spin}\n\n## Two\n\n<Spin />\n`);
    const started = Date.now();
    const result = await deckCli('export', deck, '--out', join(dir, 'x.pdf'), '--timeout', '4000', '--quiet');
    expect(result.status).not.toBe(0);
    expect(result.stderr.trim()).toMatch(/^deck export: timed out after 4000 ms/);
    expect(Date.now() - started).toBeLessThan(40_000);
    expect(readdirSync(dir)).toEqual(['deck.mdx']);
  });
});

test.describe('single-file HTML', () => {
  test.describe.configure({ timeout: 120_000 });

  async function walk(page: Page, url: string): Promise<string[]> {
    const requested: string[] = [];
    page.on('request', (request: Request) => {
      if (!/^(file|data):/.test(request.url())) requested.push(request.url());
    });
    await page.context().route(/^https?:/, (route) => route.abort());
    await page.goto(url);
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
    await expect(page.locator('[data-deck]')).toHaveAttribute('data-slide', '1');
    await page.keyboard.press('End');
    await expect(page.locator('[data-deck]')).toHaveAttribute('data-slide', '10');
    await expect(page.locator('[data-slide-index="10"] .token').first()).toBeVisible();
    await page.keyboard.press('Shift+ArrowLeft');
    await expect(page.locator('[data-deck]')).toHaveAttribute('data-slide', '9');
    return requested;
  }
  test('deck build --single-file: one HTML that runs the whole deck from file:// with no network', async ({ page }) => {
    const dir = scratch();
    const result = await deckCli('build', FIXTURE, '--single-file', '--out', dir);
    expect(result.status).toBe(0);
    expect(readdirSync(dir)).toEqual(['index.html']);
    expect(await walk(page, pathToFileURL(join(dir, 'index.html')).href)).toEqual([]);
  });

  test('a normal build opened from file:// goes to its offline copy, which works with no network', async ({ page }) => {
    expect(existsSync('.e2e/mdx-deck/offline.html')).toBe(true);
    expect(await walk(page, `${pathToFileURL(resolve('.e2e/mdx-deck/index.html')).href}#/1`)).toEqual([]);
    // The hash follows the slide once its frame has painted.
    await expect(page).toHaveURL(/\/offline\.html#\/9$/);
  });
});
