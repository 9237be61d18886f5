// node scripts/bench-dev-ab.mjs <checkout A> <checkout B> [more] [--runs 8]: `deck dev`'s cold start, A/B between
// checkouts (another worktree, with its own node_modules). Every round spawns each checkout's `deck dev` on its own
// copy of the talk, the order reversed every other round: first after the deck changed (then left to idle, as a
// session would), then a restart on that deck. Medians: spawn → URL and → slide 1's title, the server's CPU ms.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../src/node/browser/find-chromium.mjs';
import { startAndShow, stop } from './bench/dev-start.mjs';
import { ratio, spreadOf } from './bench/format.mjs';
import { median } from './stats.mjs';

const args = process.argv.slice(2);
const runs = args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : 8;
const checkouts = args.filter((arg, at) => !arg.startsWith('--') && args[at - 1] !== '--runs').map((path) => resolve(path));
const names = checkouts.map((_, at) => String.fromCharCode(65 + at));
const TITLE = '2 Types of Data Engineers';
const IDLE_MS = 4000;

const work = mkdtempSync(join(tmpdir(), 'deck-dev-ab-'));
const decks = names.map((name) => {
  cpSync('slides', join(work, name, 'slides'), { recursive: true });
  return join(work, name, 'slides/deck.mdx');
});
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
let port = 4650 + Math.floor(Math.random() * 250);
const kinds = ['changed', 'restart'];
const results = Object.fromEntries(names.map((name) => [name, Object.fromEntries(kinds.map((kind) => [kind, []]))]));

const once = async (at, kind, round) => {
  if (kind === 'changed') writeFileSync(decks[at], readFileSync(decks[at], 'utf8').replace(/<\/Notes>\s*$/, `(round ${round + 1})\n</Notes>\n`));
  const run = await startAndShow(browser, { cwd: checkouts[at], commandArgs: ['dev', decks[at]], port: ++port, text: TITLE });
  results[names[at]][kind].push(run);
  if (kind === 'changed') {
    await run.page.waitForFunction(() => document.documentElement.dataset.ready === 'true', null, { timeout: 30_000 });
    await run.page.waitForTimeout(IDLE_MS);
  }
  await stop(run);
};

try {
  // A warm-up each: Vite's dependency cache and the compiled CLI of each checkout.
  for (let at = 0; at < names.length; at++) await once(at, 'changed', -1);
  for (const name of names) for (const kind of kinds) results[name][kind] = [];
  for (let round = 0; round < runs; round++) {
    const order = round % 2 ? [...names.keys()].reverse() : [...names.keys()];
    for (const kind of kinds) for (const at of order) await once(at, kind, round);
  }
} finally {
  await browser.close();
  rmSync(work, { recursive: true, force: true });
}

const s = (value) => `${value.toFixed(2)} s`;
const cpu = (value) => `${value.toFixed(0)}`;
for (const kind of kinds) {
  console.log(`\n${kind === 'changed' ? 'first start after the deck changed' : 'restart, the deck as the last server left it'} (${runs} rounds):`);
  for (const name of names) {
    const rows = results[name][kind];
    const of = (key) => rows.map((row) => row[key]);
    console.log(
      `  ${name}: title ${s(median(of('seconds')))} (${spreadOf(of('seconds'), s)}), URL ${s(median(of('listening')))}, server CPU ms listening ${cpu(median(of('cpuListening')))}, title ${cpu(median(of('cpuShown')))}`,
    );
    if (name !== 'A') {
      const pairs = rows.map((row, round) => row.seconds / results.A[kind][round].seconds);
      const cpuPairs = rows.map((row, round) => row.cpuShown / results.A[kind][round].cpuShown);
      console.log(
        `     ÷ A, per round: title ${ratio(median(pairs))} (${spreadOf(pairs, ratio)}), server CPU to title ${ratio(median(cpuPairs))} (${spreadOf(cpuPairs, ratio)})`,
      );
    }
  }
  console.log(`  raw title s: ${names.map((name) => `${name} ${results[name][kind].map((row) => row.seconds.toFixed(2)).join(' ')}`).join(' | ')}`);
}
