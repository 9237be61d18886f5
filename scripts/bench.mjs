// npm run bench [-- --slides 500] [--runs 9] [--only opening,moving,…]: the built deck in headless Chromium, every
// figure a ratio against a reference measured in the same run (see docs/benchmarks.md). Each section is one async
// function of the shared context returning [name, value] rows; add a section by adding it to SECTIONS.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../src/node/browser/find-chromium.mjs';
import { bytes } from './bench/bytes.mjs';
import { exportAnchor } from './bench/export-anchor.mjs';
import { ink } from './bench/ink.mjs';
import { lighthouse } from './bench/lighthouse.mjs';
import { memory } from './bench/memory.mjs';
import { moving } from './bench/moving.mjs';
import { opening } from './bench/opening.mjs';
import { writeStaticPages, writeTogglePage } from './bench/reference-pages.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : fallback;
};
const slidesWanted = option('slides');
const runs = Number(option('runs', 9));
const only = option('only')?.split(',');

/** The sections in the order they run and print; `needs` says what they need built beyond the deck. */
const SECTIONS = [
  { name: 'opening', run: (context) => opening(context) },
  { name: 'phone', run: (context) => opening(context, { viewport: { width: 390, height: 844 }, label: 'on a phone (390×844, reading view)' }) },
  { name: 'moving', run: (context) => moving(context, { slides: context.slides }) },
  { name: 'bytes', run: async (context) => (await bytes(context)).rows },
  { name: 'ink', run: (context) => ink(context) },
  { name: 'memory', needs: 'large', run: (context) => memory(context) },
  { name: 'export', run: (context) => exportAnchor(context, { runs: Math.max(3, Math.ceil(runs / 2)) }) },
  { name: 'lighthouse', run: (context) => lighthouse(context, { runs: Number(option('lighthouse-runs', 3)) }) },
];
const chosen = SECTIONS.filter((section) => !only || only.includes(section.name));

const work = mkdtempSync(join(tmpdir(), 'deck-bench-'));
const build = (file, out) => execFileSync(process.execPath, ['bin/deck.mjs', 'build', file, '--out', out], { stdio: ['ignore', 'ignore', 'inherit'] });
const generate = (count) => {
  const file = join(work, `deck-${count}.mdx`);
  writeFileSync(file, execFileSync(process.execPath, ['scripts/generate-deck.mjs', String(count)]));
  return file;
};
const deckFile = slidesWanted ? generate(slidesWanted) : 'slides/deck.mdx';
const site = join(work, 'site');
build(deckFile, site);
writeStaticPages(site);
writeTogglePage(site);
const large = chosen.some((section) => section.needs === 'large') && !slidesWanted;
if (large) build(generate(500), join(site, 'large'));

const port = 4300 + Math.floor(Math.random() * 500);
const server = spawn(process.execPath, ['bin/deck.mjs', 'serve', site, '--port', String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((resolve) => server.stdout.once('data', resolve));
const base = `http://127.0.0.1:${port}/`;
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const slides = Number(/data-slides="(\d+)"/.exec(execFileSync('cat', [join(site, 'index.html')], { encoding: 'utf8' }))?.[1] ?? 2);
const context = { browser, base, largeBase: large ? `${base}large/` : undefined, site, work, deckFile, runs, slides };

const rows = [['deck', `${deckFile} (${slides} slides); ${runs} interleaved runs + 1 warm-up per opening figure; medians (lowest–highest)`]];
try {
  for (const section of chosen) {
    const started = Date.now();
    rows.push(...(await section.run(context)));
    process.stderr.write(`bench: ${section.name} done in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
  }
} finally {
  await browser.close();
  server.kill();
  rmSync(work, { recursive: true, force: true });
}
const width = Math.max(...rows.map(([name]) => name.length));
process.stdout.write(`${rows.map(([name, value]) => `${name.padEnd(width)}  ${value}`).join('\n')}\n`);
