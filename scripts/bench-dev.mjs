// npm run bench:dev [-- --runs 3 --edits 7]: the dev loop. Cold start: spawn `deck dev` → slide 1's title on screen
// in Chromium, against spawning `deck serve` of a static title page → its title on screen (same run, interleaved):
// the first start after the deck changed, then a restart on the deck as that server left it. Edit: the title of
// slide 5 changed in deck.mdx → the new text on screen, the deck still on slide 5.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../src/node/browser/find-chromium.mjs';
import { startAndShow, stop, waitSeen } from './bench/dev-start.mjs';
import { ms, ratio, spreadOf } from './bench/format.mjs';
import { median } from './stats.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const runs = option('runs', 3);
const edits = option('edits', 7);
const EDITED_SLIDE = 5;

const work = mkdtempSync(join(tmpdir(), 'deck-bench-dev-'));
cpSync('slides', join(work, 'slides'), { recursive: true });
const deckFile = join(work, 'slides/deck.mdx');
const staticDir = join(work, 'static');
mkdirSync(staticDir);
writeFileSync(
  join(staticDir, 'index.html'),
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>static</title></head><body><h1 id="title">2 Types of Data Engineers</h1></body></html>',
);

const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
// Clear of the ports Chromium refuses (5060, 5061, 6000, …).
let port = 4400 + Math.floor(Math.random() * 250);
const TITLE = '2 Types of Data Engineers';
/** After a start on a changed deck: long enough for the server's idle work (slide 1's prerender) before it stops. */
const IDLE_MS = 4000;
const ready = (page) => page.waitForFunction(() => document.documentElement.dataset.ready === 'true', null, { timeout: 30_000 });

const cold = { dev: [], changed: [], serve: [], listening: [], cpuListening: [], cpuShown: [], changedCpuShown: [] };
let editTimes = [];
let positionKept = true;
let reloads = 0;
let blankFrames = 0;
try {
  for (let run = 0; run < runs; run++) {
    const served = await startAndShow(browser, { commandArgs: ['serve', staticDir], port: ++port, text: TITLE });
    cold.serve.push(served.seconds);
    await stop(served);
    // The deck saved while no server ran (a pull, an editor): the first start of that text, then left to idle.
    writeFileSync(deckFile, readFileSync(deckFile, 'utf8').replace(/<\/Notes>\s*$/, `(round ${run + 1})\n</Notes>\n`));
    const changed = await startAndShow(browser, { commandArgs: ['dev', deckFile], port: ++port, text: TITLE });
    cold.changed.push(changed.seconds);
    cold.changedCpuShown.push(changed.cpuShown);
    await ready(changed.page);
    await changed.page.waitForTimeout(IDLE_MS);
    await stop(changed);
    // A restart on the deck as the last server left it.
    const dev = await startAndShow(browser, { commandArgs: ['dev', deckFile], port: ++port, text: TITLE });
    cold.dev.push(dev.seconds);
    cold.listening.push(dev.listening);
    cold.cpuListening.push(dev.cpuListening);
    cold.cpuShown.push(dev.cpuShown);
    if (run === runs - 1) {
      // The edit loop on the last server: slide 5 shown, its title rewritten, the new text timed from the write.
      await dev.page.goto(`${dev.page.url().split('#')[0]}#/${EDITED_SLIDE}`);
      await dev.page.waitForFunction(
        (n) => document.querySelector('[data-deck]')?.dataset.slide === String(n) && document.documentElement.dataset.ready === 'true',
        EDITED_SLIDE,
      );
      const original = readFileSync(deckFile, 'utf8');
      const title = await dev.page.evaluate(() => document.querySelector('[data-deck] .slide-current h2, [data-deck] .slide-current h1').textContent);
      const loads = () => dev.page.evaluate(() => Number(sessionStorage.getItem('bench-loads')));
      const blanks = () => dev.page.evaluate(() => Number(sessionStorage.getItem('bench-blank') || 0));
      const loadsBefore = await loads();
      const blanksBefore = await blanks();
      for (let edit = 1; edit <= edits; edit++) {
        const text = `${title} (edit ${edit})`;
        const written = Date.now();
        writeFileSync(deckFile, original.replace(`## ${title}\n`, `## ${text}\n`));
        editTimes.push((await waitSeen(dev.page, text)) - written);
        positionKept &&= (await dev.page.evaluate(() => document.querySelector('[data-deck]').dataset.slide)) === String(EDITED_SLIDE);
        await dev.page.waitForTimeout(300);
      }
      reloads = (await loads()) - loadsBefore;
      blankFrames = (await blanks()) - blanksBefore;
      writeFileSync(deckFile, original);
    }
    await stop(dev);
  }
} finally {
  await browser.close();
  rmSync(work, { recursive: true, force: true });
}

const ratios = cold.dev.map((seconds, run) => seconds / cold.serve[run]);
const s = (value) => `${value.toFixed(2)} s`;
const cpu = (value) => `${value.toFixed(0)} ms`;
const rows = [
  ['deck dev: spawn → slide 1 title on screen', `${s(median(cold.dev))} (${spreadOf(cold.dev, s)}; a restart, the deck as the last server left it)`],
  ['the same ÷ deck serve of a static title page', `${ratio(median(ratios))} (${spreadOf(ratios, ratio)}); static ${s(median(cold.serve))}`],
  ['of which spawn → URL printed', `${s(median(cold.listening))} (${spreadOf(cold.listening, s)})`],
  ['server CPU until it listens / the title shows', `${cpu(median(cold.cpuListening))} / ${cpu(median(cold.cpuShown))}`],
  [
    'the same, first start after the deck changed',
    `${s(median(cold.changed))} (${spreadOf(cold.changed, s)}; the first run may fill Vite's dependency cache); server CPU ${cpu(median(cold.changedCpuShown))}`,
  ],
  [
    `edit slide ${EDITED_SLIDE}'s title → new text on screen`,
    `median ${ms(median(editTimes))} (${spreadOf(editTimes, ms)}); position kept: ${positionKept ? 'yes' : 'NO'}; page reloads: ${reloads}; frames without a title: ${blankFrames}`,
  ],
];
const width = Math.max(...rows.map(([name]) => name.length));
process.stdout.write(`${rows.map(([name, value]) => `${name.padEnd(width)}  ${value}`).join('\n')}\n`);
