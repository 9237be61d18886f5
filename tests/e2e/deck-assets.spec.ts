import { expect, test, type Page } from '@playwright/test';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deckCli } from './deck-cli.ts';
import { collectErrors, expectAt, openDeck } from './deck-page.ts';
import { noisePng } from './noise-png.ts';
import { pdfInfo } from './pdf-tools.ts';

/** Each spelling of a local image on its own slide, with the width of the PNG it names. */
const SLIDES = [
  { source: '# Markdown, dot-slash\n\n![first](./real.png)', widths: [48] },
  { source: '## Markdown, bare, in a sub-folder\n\n![second](img/photo.png)', widths: [40] },
  { source: '## The Image component\n\n<Image src="real.png" alt="third" size="contain" height="200px" />', widths: [48] },
  { source: '## An img element\n\n<img src="./img/photo.png" alt="fourth" />', widths: [40] },
  { source: '## Small enough to inline\n\n![fifth](img/tiny.png)', widths: [2] },
];

/** A deck in a folder of its own, anywhere on disk, with its images beside it and in `img/`. */
function deckWithImages(name: string, source = SLIDES.map((slide) => slide.source).join('\n\n---\n\n')): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'deck-assets-'));
  mkdirSync(join(dir, 'img'));
  // Noise does not compress: over the bundler's 4 KB inline limit, so these two are copied as files, tiny.png inlined.
  writeFileSync(join(dir, 'real.png'), noisePng(48, 48));
  writeFileSync(join(dir, 'img', 'photo.png'), noisePng(40, 40, 7));
  writeFileSync(join(dir, 'img', 'tiny.png'), noisePng(2, 2));
  const file = join(dir, `${name}.mdx`);
  writeFileSync(file, `${source}\n`);
  return { dir, file };
}

async function build(name: string, file: string, ...flags: string[]) {
  const out = join('.e2e', name);
  rmSync(out, { recursive: true, force: true });
  return { ...(await deckCli('build', file, '--out', out, '--no-og-image', ...flags)), out };
}

/** Natural widths of the current slide's images: its `img` elements, then its `Image` backgrounds (loaded again to measure). */
function imageWidths(page: Page, slide: number): Promise<number[]> {
  return page.locator(`[data-slide-index="${slide}"]`).evaluate(async (root) => {
    const shown = [...root.querySelectorAll('img')].map((img) => (img.complete ? img.naturalWidth : -1));
    const backgrounds = [...root.querySelectorAll<HTMLElement>('.deck-image')].map(
      (element) => /url\("(.*)"\)/.exec(getComputedStyle(element).backgroundImage)?.[1] ?? '',
    );
    const measured = await Promise.all(
      backgrounds.map(
        (url) =>
          new Promise<number>((resolve) => {
            const image = new Image();
            image.onload = () => resolve(image.naturalWidth);
            image.onerror = () => resolve(0);
            image.src = url;
          }),
      ),
    );
    return [...shown, ...measured];
  });
}

/** Walks every slide from the first and checks each one's images loaded. */
async function expectEveryImageShown(page: Page, deck: string): Promise<void> {
  await openDeck(page, deck, '#/1');
  for (const [index, slide] of SLIDES.entries()) {
    if (index > 0) await page.keyboard.press('ArrowRight');
    await expectAt(page, index + 1);
    await expect.poll(() => imageWidths(page, index + 1), { message: `slide ${index + 1}` }).toEqual(slide.widths);
  }
}

test.describe('images beside the deck are bundled', () => {
  test('the site: copied with hashed names (or inlined when tiny), shown on every slide', async ({ page }) => {
    const errors = collectErrors(page);
    const { file } = deckWithImages('deck-assets');
    const built = await build('deck-assets', file);
    expect(built.stderr).not.toContain('not found');
    expect(built.status).toBe(0);
    const assets = readdirSync(join(built.out, 'assets')).filter((name) => name.endsWith('.png'));
    expect(assets.map((name) => name.replace(/-[\w-]+\.png$/, '')).sort()).toEqual(['photo', 'real']);
    // Slide 1 paints from the prerendered HTML before any script, under whatever sub-path the site is served from.
    expect(readFileSync(join(built.out, 'index.html'), 'utf8')).toMatch(/<img src="\.\/assets\/real-[\w-]+\.png" alt="first"\/>/);
    await expectEveryImageShown(page, 'deck-assets');
    expect(errors).toEqual([]);
  });

  test('--single-file: every image inlined into the one page', async ({ page }) => {
    const { file } = deckWithImages('deck-assets-single');
    const built = await build('deck-assets-single', file, '--single-file');
    expect(built.status).toBe(0);
    expect(readdirSync(built.out)).toEqual(['index.html']);
    await expectEveryImageShown(page, 'deck-assets-single');
  });

  test('deck export prints them', async () => {
    test.setTimeout(120_000);
    const { dir, file } = deckWithImages('deck-assets-export');
    const pdf = join(dir, 'out.pdf');
    const exported = await deckCli('export', file, '--out', pdf, '--quiet');
    expect(exported.stderr).toBe('');
    expect(exported.status).toBe(0);
    expect(Number((await pdfInfo(pdf)).Pages)).toBe(SLIDES.length);
  });

  test('a missing image fails the build and the export at its line in the deck, naming the file and slide', async () => {
    const source = ['# One', '', '---', '', '## Two', '', 'Fine.', '', '---', '', '## Three', '', 'See ![gone](./nope.png) here.'].join('\n');
    const { dir, file } = deckWithImages('deck-assets-missing', source);
    const message = `${file}:13:5: image ./nope.png not found (slide 3): no file ${join(dir, 'nope.png')}`;
    const built = await build('deck-assets-missing', file);
    expect(built.status).not.toBe(0);
    expect(built.stderr).toContain(message);
    expect(built.stderr).toContain('13 | See ![gone](./nope.png) here.');
    expect(existsSync(built.out)).toBe(false);
    const pdf = join(dir, 'out.pdf');
    const exported = await deckCli('export', file, '--out', pdf, '--quiet');
    expect(exported.status).not.toBe(0);
    expect(exported.stderr).toContain(message);
    expect(existsSync(pdf)).toBe(false);
  });
});
