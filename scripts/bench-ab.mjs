// node scripts/bench-ab.mjs <built site A> <built site B> [more sites] [--runs 15] [--viewport 390x844] [--lighthouse mobile|desktop] [--moving] [--cpu]
// A/B of built sites (e.g. `deck build --out /tmp/a` on two branches): the opening figures of each against the
// static title pages, every round visiting each page once, the order reversed every other round; or Lighthouse runs
// alternating between them; or (`--moving`) next slide at a presenter's pace, one press per page in turn (each site,
// then the toggle page) 200 ms apart, `--runs` walks of the deck; or (`--cpu`) the main thread's CPU time from commit
// to first paint, which the machine's load barely inflates. Medians of per-round ratios, then the raw rounds.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../src/node/browser/find-chromium.mjs';
import { lighthouseOnce } from './bench/lighthouse.mjs';
import { mainThreadCpuOnce } from './bench/main-thread-cpu.mjs';
import { openOnce } from './bench/opening.mjs';
import { movingAB } from './bench/moving.mjs';
import { writeStaticPages, writeTogglePage } from './bench/reference-pages.mjs';
import { median } from './stats.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : fallback);
/** Options that take no value. */
const SWITCHES = ['--moving', '--cpu'];
const sites = args.filter((arg, at) => !arg.startsWith('--') && (!args[at - 1]?.startsWith('--') || SWITCHES.includes(args[at - 1])));
const runs = Number(option('runs', 15));
const [width, height] = option('viewport', '1280x720').split('x').map(Number);
const formFactor = option('lighthouse');
const movingOnly = args.includes('--moving');
const cpu = args.includes('--cpu');
const names = sites.map((_, at) => String.fromCharCode(97 + at));

const root = mkdtempSync(join(tmpdir(), 'deck-ab-'));
sites.forEach((site, at) => cpSync(site, join(root, names[at]), { recursive: true }));
writeStaticPages(join(root, 'a'));
writeTogglePage(join(root, 'a'));
const port = 4800 + Math.floor(Math.random() * 500);
const server = spawn(process.execPath, ['bin/deck.mjs', 'serve', root, '--port', String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((resolve) => server.stdout.once('data', resolve));
const base = `http://127.0.0.1:${port}/`;
const pad = (value) => value.toFixed(0);
try {
  if (movingOnly) {
    const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
    const urls = { ...Object.fromEntries(names.map((name) => [name, `${base}${name}/index.html`])), toggle: `${base}a/toggle.html` };
    for (const line of await movingAB(browser, urls, { walks: runs })) console.log(line);
    await browser.close();
  } else if (formFactor) {
    const results = Object.fromEntries(names.map((name) => [name, []]));
    for (let round = 0; round < runs; round++) for (const name of names) results[name].push(await lighthouseOnce(`${base}${name}/index.html`, formFactor));
    for (const name of names) {
      const of = (key) => median(results[name].map((entry) => entry[key]));
      console.log(
        `${name}: score ${of('score')} (${results[name].map((entry) => entry.score).join(', ')}), FCP ${pad(of('fcp'))} ms, LCP ${pad(of('lcp'))} ms, TBT ${pad(of('tbt'))} ms (${results[name].map((entry) => pad(entry.tbt)).join(', ')})`,
      );
    }
  } else {
    const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
    const pages = { ...Object.fromEntries(names.map((name) => [name, `${name}/index.html`])), system: 'a/static-system.html', same: 'a/static.html' };
    const results = Object.fromEntries(Object.keys(pages).map((name) => [name, []]));
    const viewport = { width, height };
    const once = cpu ? mainThreadCpuOnce : openOnce;
    for (const url of Object.values(pages)) await once(browser, base + url, viewport);
    for (let round = 0; round < runs; round++) {
      const order = round % 2 ? Object.entries(pages).reverse() : Object.entries(pages);
      for (const [name, url] of order) results[name].push(await once(browser, base + url, viewport));
    }
    await browser.close();
    if (cpu) {
      const spread = (list) => `${Math.min(...list).toFixed(1)}–${Math.max(...list).toFixed(1)}`;
      for (const [name, list] of Object.entries(results)) {
        const ratio = median(list.map((value, at) => value / results.system[at])).toFixed(2);
        console.log(`${name.padEnd(6)} main-thread CPU, commit → first paint: ${median(list).toFixed(1)} ms (${spread(list)}), ÷ system ${ratio}×`);
      }
    } else {
      report(results);
    }
  }
} finally {
  server.kill();
  rmSync(root, { recursive: true, force: true });
}

/** The opening figures of each site against the static pages, then the raw rounds. */
function report(results) {
  const ratio = (name, key, reference) => median(results[name].map((run, at) => run[key] / results[reference][at][key])).toFixed(2);
  for (const name of names) {
    const title = median(results[name].map((run) => run.title));
    console.log(
      `${name}: title ÷ system ${ratio(name, 'title', 'system')}×, ÷ same font ${ratio(name, 'title', 'same')}×, FCP ÷ system ${ratio(name, 'fcp', 'system')}×; title ${pad(title)} ms, LCP − title ${median(results[name].map((run) => run.lcp - run.title)).toFixed(1)} ms (${[...new Set(results[name].map((run) => run.lcpElement))].join(' | ')})`,
    );
  }
  for (const [name, list] of Object.entries(results)) console.log(`${name.padEnd(6)} ${list.map((run) => `${pad(run.fcp)}/${pad(run.title)}`).join(' ')}`);
}
