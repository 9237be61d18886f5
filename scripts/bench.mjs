// npm run bench [-- --slides 500] [--runs 7]: opening, moving, memory and bytes of the built deck in headless Chromium,
// each opening figure also against a static page holding only the first title (the physical limit), same run.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { build as bundle } from 'rolldown';
import { CHROMIUM_ARGS, findChromium } from '../src/node/browser/find-chromium.mjs';
import { median, percentile } from './stats.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : fallback;
};
const slidesWanted = option('slides');
const runs = Number(option('runs', 7));

const work = mkdtempSync(join(tmpdir(), 'deck-bench-'));
let deckFile = 'slides/deck.mdx';
if (slidesWanted) {
  deckFile = join(work, `deck-${slidesWanted}.mdx`);
  writeFileSync(deckFile, execFileSync(process.execPath, ['scripts/generate-deck.mjs', slidesWanted]));
}
const site = join(work, 'site');
execFileSync(process.execPath, ['bin/deck.mjs', 'build', deckFile, '--out', site], { stdio: ['ignore', 'ignore', 'inherit'] });

const font = readdirSync(join(site, 'assets')).find((file) => /^inter-latin-wght-normal.*\.woff2$/.test(file));
writeFileSync(
  join(site, 'static.html'),
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>static</title><style>@font-face{font-family:'Inter Variable';src:url(assets/${font}) format('woff2');font-weight:100 900;font-display:swap}body{margin:0;background:#10141b;color:#f3f5f9;font-family:'Inter Variable',system-ui}h1{font-size:72px;margin:200px 72px}</style></head><body><h1 id="title">TITLE</h1></body></html>`,
);

// The heap's reference: React 19 alone, measured the same way as the deck.
await bundle({
  input: 'scripts/bench-react-floor.jsx',
  platform: 'browser',
  logLevel: 'silent',
  transform: { define: { 'process.env.NODE_ENV': '"production"' } },
  output: { file: join(site, 'react-floor.js'), format: 'esm', minify: true },
});
writeFileSync(
  join(site, 'react-floor.html'),
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>react</title></head><body><div id="root"></div><script type="module" src="react-floor.js"></script></body></html>',
);

const port = 4300 + Math.floor(Math.random() * 500);
const server = spawn(process.execPath, ['bin/deck.mjs', 'serve', site, '--port', String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((resolve) => server.stdout.once('data', resolve));
const base = `http://127.0.0.1:${port}/`;

/** Polls every frame until the title is in the DOM and its web font has loaded; the frame after that is when it shows. */
const TITLE_PROBE = `
  (() => {
    const started = performance.now();
    const check = () => {
      const title = document.querySelector('[data-slide-index="1"] h1, [data-slide-index="1"] h2, #title');
      if (title && title.getBoundingClientRect().height > 0 && document.fonts.check('72px "Inter Variable"', title.textContent)) {
        requestAnimationFrame(() => { window.__titleVisible = performance.now(); });
        return;
      }
      requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  })();`;

const browser = await chromium.launch({ executablePath: findChromium(), args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'] });

async function openOnce(url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await page.addInitScript(TITLE_PROBE);
  await page.goto(url, { waitUntil: 'load' });
  // Read with plain evaluations from here, a few tens of ms apart: `waitForFunction` first injects Playwright's
  // own script into the page, a ~30 ms task that landed between the deck's load event and its title's frame (the
  // static page's load comes before its font, so it never paid for it). The paint entry is reported when the frame
  // is presented, which can come after the title's frame callback.
  const read = () =>
    page.evaluate(() => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      title: window.__titleVisible,
    }));
  let figures = await read();
  for (const started = Date.now(); (figures.title === undefined || Number.isNaN(figures.fcp)) && Date.now() - started < 20_000;) {
    await new Promise((resolve) => setTimeout(resolve, 40));
    figures = await read();
  }
  if (figures.title === undefined) throw new Error(`${url}: the title never showed`);
  await context.close();
  return figures;
}

const deckRuns = [];
const staticRuns = [];
await openOnce(`${base}index.html`);
await openOnce(`${base}static.html`);
for (let run = 0; run < runs; run++) {
  deckRuns.push(await openOnce(`${base}index.html`));
  staticRuns.push(await openOnce(`${base}static.html`));
}

// Moving: key presses through the deck, keydown → DOM switched → next frame painted. The same walk over the React
// reference page gives its heap figures.
async function walk(url, { track = false, presses: pressesWanted, pace = 0 } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  const responses = [];
  if (track) {
    page.on('response', async (response) => {
      const body = await response.body().catch(() => Buffer.alloc(0));
      responses.push({ url: response.url(), type: response.request().resourceType(), bytes: body.length, gzip: gzipSync(body).length });
    });
  }
  // "At start" is what the page had asked for when the deck first said it was ready, not what has arrived by the time
  // this script looks (idle-time prefetches may have landed by then).
  await page.addInitScript(() => {
    // Observed from the document: the init script runs before <html> exists.
    new MutationObserver((_, observer) => {
      if (document.documentElement?.dataset.ready !== 'true') return;
      observer.disconnect();
      window.__startUrls = [location.href.split('#')[0], ...performance.getEntriesByType('resource').map((entry) => entry.name)];
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready'] });
  });
  await page.goto(url);
  await page.waitForFunction(() => window.__startUrls !== undefined);
  const startUrls = new Set(await page.evaluate(() => window.__startUrls));
  // The React reference has no deck: no slide count, no moves to wait for, and its presses are given.
  const slides = await page.evaluate(() => Number(document.querySelector('[data-deck]')?.dataset.slides));
  const deck = !Number.isNaN(slides);
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const heapAtStart = (await cdp.send('Runtime.getHeapUsage')).usedSize;
  await page.evaluate(() => {
    const deck = document.querySelector('[data-deck]');
    window.__moves = [];
    // The browser's own figure (Event Timing): from the key press to the next frame presented, in 8 ms steps; it
    // reports only presses of 16 ms or more.
    window.__painted = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.name === 'keydown' && entry.interactionId) window.__painted.push(entry.duration);
    }).observe({ type: 'event', durationThreshold: 16 });
    if (!deck) return;
    window.addEventListener(
      'keydown',
      (event) => {
        if (event.key === 'Shift') return;
        const pressed = event.timeStamp;
        const before = deck.dataset.slide;
        const observer = new MutationObserver(() => {
          if (deck.dataset.slide === before) return;
          observer.disconnect();
          const switched = performance.now();
          requestAnimationFrame(() => setTimeout(() => window.__moves.push({ dom: switched - pressed, paint: performance.now() - pressed })));
        });
        observer.observe(deck, { attributes: true, attributeFilter: ['data-slide'] });
      },
      { capture: true },
    );
  });
  const presses = pressesWanted ?? Math.min(slides - 1, 499);
  for (let press = 0; press < presses; press++) {
    await page.keyboard.press('Shift+ArrowRight');
    if (deck) await page.waitForFunction((count) => window.__moves.length >= count, press + 1);
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
    if (pace) await page.waitForTimeout(pace);
  }
  const moves = await page.evaluate(() => window.__moves);
  const painted = await page.evaluate(() => window.__painted);
  await cdp.send('HeapProfiler.collectGarbage');
  const heapAfter = (await cdp.send('Runtime.getHeapUsage')).usedSize;
  await context.close();
  return { responses, startUrls, slides, moves, painted, presses, heapAtStart, heapAfter };
}

const { responses, startUrls, slides, moves, painted, presses, heapAtStart, heapAfter } = await walk(`${base}index.html`, { track: true });
// A presenter's pace: each press on a page that has finished the last one (neighbour mounted and drawn). The walk
// above presses again as soon as the deck is ready, while the browser is still drawing.
const PACE_MS = 500;
const paced = await walk(`${base}index.html`, { pace: PACE_MS, presses: Math.min(presses, 41) });
// As many renders as the talk has key presses.
const floor = await walk(`${base}react-floor.html`, { presses: 41 });
await browser.close();
server.kill();

const sum = (list, key, type) => list.filter((entry) => type.includes(entry.type)).reduce((total, entry) => total + entry[key], 0);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value) => `${value.toFixed(1)} ms`;
const spread = (values) => `median ${ms(median(values))}, p95 ${ms(percentile(values, 95))}`;
// Presses without an Event Timing entry painted in under 16 ms: they count as 8 ms, printed "< 16 ms".
const paintedAll = [...painted, ...Array(Math.max(0, presses - painted.length)).fill(8)];
const eventTiming = (p) => {
  const value = percentile(paintedAll, p);
  return value < 16 ? '< 16 ms' : `${value} ms`;
};
const start = responses.filter((response) => startUrls.has(response.url));
const deckFcp = median(deckRuns.map((run) => run.fcp));
const staticFcp = median(staticRuns.map((run) => run.fcp));
const deckTitle = median(deckRuns.map((run) => run.title));
const staticTitle = median(staticRuns.map((run) => run.title));
const rows = [
  ['deck', `${deckFile} (${slides} slides), ${runs} runs + 1 warm-up, medians`],
  ['first contentful paint', `${ms(deckFcp)} (static ${ms(staticFcp)}, ratio ${(deckFcp / staticFcp).toFixed(2)}×)`],
  ['title visible (with its font)', `${ms(deckTitle)} (static ${ms(staticTitle)}, ratio ${(deckTitle / staticTitle).toFixed(2)}×)`],
  [`next slide, keydown → DOM (${moves.length} presses)`, spread(moves.map((move) => move.dom))],
  ['next slide, keydown → next frame', spread(moves.map((move) => move.paint))],
  [`next slide at a presenter's pace (a press per ${PACE_MS} ms), keydown → next frame`, spread(paced.moves.map((move) => move.paint))],
  ['next slide, keydown → next paint (Event Timing)', `median ${eventTiming(50)}, p95 ${eventTiming(95)}`],
  ['JS heap at start / after all slides (after GC)', `${kb(heapAtStart)} / ${kb(heapAfter)}`],
  [`JS heap of React 19 alone (${floor.presses} renders)`, `${kb(floor.heapAtStart)} / ${kb(floor.heapAfter)}`],
  ['JS at start (raw / gzip)', `${kb(sum(start, 'bytes', ['script']))} / ${kb(sum(start, 'gzip', ['script']))}`],
  ['CSS at start (raw / gzip)', `${kb(sum(start, 'bytes', ['stylesheet']))} / ${kb(sum(start, 'gzip', ['stylesheet']))}`],
  ['all bytes at start / requests', `${kb(sum(start, 'bytes', ['document', 'script', 'stylesheet', 'font', 'image', 'fetch', 'other']))} / ${start.length}`],
  ['JS after all slides (raw / gzip)', `${kb(sum(responses, 'bytes', ['script']))} / ${kb(sum(responses, 'gzip', ['script']))}`],
  [
    'all bytes after all slides / requests',
    `${kb(sum(responses, 'bytes', ['document', 'script', 'stylesheet', 'font', 'image', 'fetch', 'other']))} / ${responses.length}`,
  ],
];
const width = Math.max(...rows.map(([name]) => name.length));
process.stdout.write(`${rows.map(([name, value]) => `${name.padEnd(width)}  ${value}`).join('\n')}\n`);
