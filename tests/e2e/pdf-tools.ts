import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { inflateSync } from 'node:zlib';
import type { Browser } from '@playwright/test';

const run = promisify(execFile);

/** `pdfinfo` fields (Pages, Title, Author, Page size, …). */
export async function pdfInfo(file: string): Promise<Record<string, string>> {
  const { stdout } = await run('pdfinfo', [file]);
  return Object.fromEntries(
    stdout
      .split('\n')
      .filter((line) => line.includes(':'))
      .map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim()]),
  );
}

/** The PDF's text with all whitespace collapsed to single spaces, pages in order. */
export async function pdfText(file: string): Promise<string> {
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', file, '-'], { maxBuffer: 64 * 1024 * 1024 });
  return squash(stdout);
}

/** The titles of the PDF outline (bookmarks), depth-first in document order, via poppler's `pdftohtml -xml`. */
export async function pdfBookmarks(file: string): Promise<string[]> {
  const { stdout } = await run('pdftohtml', ['-xml', '-i', '-q', '-stdout', file], { maxBuffer: 64 * 1024 * 1024 });
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return [...stdout.matchAll(/<item[^>]*>([\s\S]*?)<\/item>/g)].map((match) =>
    squash(
      (match[1] ?? '').replace(/&(#\d+|\w+);/g, (_, name: string) =>
        name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1))) : (entities[name] ?? '?'),
      ),
    ),
  );
}

/** The height (pt) of the first word on each page, via `pdftotext -bbox`: pages printed at one scale show the same. */
export async function firstWordHeights(file: string): Promise<number[]> {
  const { stdout } = await run('pdftotext', ['-bbox', file, '-'], { maxBuffer: 64 * 1024 * 1024 });
  return stdout
    .split('<page ')
    .slice(1)
    .map((page) => {
      const word = /<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"/.exec(page);
      return word ? Math.round((Number(word[2]) - Number(word[1])) * 10) / 10 : 0;
    });
}

/** Each embedded font's name and type (`CID TrueType`, `Type 3`, …), via poppler's `pdffonts`. */
export async function pdfFonts(file: string): Promise<{ name: string; type: string }[]> {
  const { stdout } = await run('pdffonts', [file]);
  return stdout
    .split('\n')
    .slice(2)
    .filter((line) => line.trim())
    .map((line) => {
      const [name = '', ...rest] = line.split(/\s+/);
      return { name, type: /^(.*?)\s{2,}/.exec(line.slice(name.length).trim() + '  ')?.[1] ?? rest.join(' ') };
    });
}

/** Whitespace collapsed, for comparing titles with extracted text that wraps lines. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Asserts-free check: every needle occurs in `haystack`, in this order; returns the first one that does not. */
export function firstMissingInOrder(haystack: string, needles: readonly string[]): string | undefined {
  let from = 0;
  for (const needle of needles) {
    const at = haystack.indexOf(needle, from);
    if (at < 0) return needle;
    from = at + needle.length;
  }
  return undefined;
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  if (bytes.toString('latin1', 1, 4) !== 'PNG') throw new Error(`${file} is not a PNG`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/**
 * The RGB of the leftmost pixel of `row` (a fraction of the height: 0 is the top row) of an 8-bit RGB or RGBA PNG.
 * Only the first column is unfiltered, which needs nothing but the pixel above it.
 */
export function pngLeftPixel(file: string, row = 0): [number, number, number] {
  const bytes = readFileSync(file);
  const data: Buffer[] = [];
  let width = 0;
  let height = 0;
  let channels = 4;
  for (let at = 8; at < bytes.length;) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    if (type === 'IHDR') {
      width = bytes.readUInt32BE(at + 8);
      height = bytes.readUInt32BE(at + 12);
      channels = bytes[at + 17] === 2 ? 3 : 4;
    }
    if (type === 'IDAT') data.push(bytes.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data));
  const stride = 1 + width * channels;
  const target = Math.min(height - 1, Math.floor(row * height));
  let pixel = [0, 0, 0];
  for (let y = 0; y <= target; y++) {
    const filter = raw[y * stride] ?? 0;
    pixel = pixel.map((above, channel) => {
      const value = raw[y * stride + 1 + channel] ?? 0;
      // Sub has no left neighbour here; Up and Paeth add the pixel above; Average half of it.
      const added = filter === 2 || filter === 4 ? above : filter === 3 ? above >> 1 : 0;
      return (value + added) & 0xff;
    });
  }
  return [pixel[0]!, pixel[1]!, pixel[2]!];
}

/** Renders one PDF page to `<prefix>.png` at low resolution with poppler's pdftoppm. */
export async function pdfPageAsPng(file: string, page: number, prefix: string): Promise<void> {
  await run('pdftoppm', ['-png', '-r', '10', '-f', String(page), '-l', String(page), '-singlefile', file, prefix]);
}

/** Relative luminance (0–255) of an RGB triple. */
export function luminance([r, g, b]: readonly number[]): number {
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

/** A slide as the built deck names it, and whether a heading shows its title on the slide itself. */
export interface SlideTitle {
  title: string;
  shown: boolean;
}

/** Reads every slide's title from a built e2e deck's print view (the `aria-label`s), not from a hard-coded list. */
export async function slideTitles(browser: Browser, deck: string, baseURL: string): Promise<SlideTitle[]> {
  const page = await browser.newPage();
  try {
    await page.goto(`${baseURL}${deck}/index.html?mode=print`);
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'true' && document.querySelector('[data-print-pages]'));
    return await page.locator('section[data-slide-index]').evaluateAll((sections) =>
      sections.map((section) => ({
        title: (section.getAttribute('aria-label') ?? '').replace(/^\d+ of \d+: /, ''),
        shown: section.querySelector('.slide-body :is(h1, h2, h3, h4, h5, h6)') !== null,
      })),
    );
  } finally {
    await page.close();
  }
}

/** Positions per slide (`data-steps`), read by visiting each slide in the audience view. */
export async function stepsPerSlide(browser: Browser, deck: string, baseURL: string, slides: number): Promise<number[]> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  const steps: number[] = [];
  try {
    for (let slide = 1; slide <= slides; slide++) {
      await page.goto(`${baseURL}${deck}/index.html#/${slide}`);
      await page.locator(`[data-deck][data-slide="${slide}"]`).waitFor();
      steps.push(Number(await page.locator('[data-deck]').getAttribute('data-steps')));
    }
    return steps;
  } finally {
    await page.close();
  }
}
