// npm run bench:dev [-- --runs 3 --edits 7]: the dev loop. Cold start: spawn `deck dev` → slide 1's title on screen
// in Chromium, against spawning `deck serve` of a static title page → its title on screen (same run, interleaved).
// Edit: the title of slide 5 changed in deck.mdx → the new text on screen, the deck still on slide 5.
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../src/node/browser/find-chromium.mjs';
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

/**
 * In the page, every frame: the text of the current slide's first heading, first seen when (epoch ms), kept in
 * sessionStorage so a reload does not lose it; and when slide 1's title (or the static one) first showed.
 */
const WATCH = `
  (() => {
    const seen = JSON.parse(sessionStorage.getItem('bench-seen') || '{}');
    sessionStorage.setItem('bench-loads', String(Number(sessionStorage.getItem('bench-loads') || 0) + 1));
    const check = () => {
      const heading = document.querySelector('[data-deck] .slide-current h1, [data-deck] .slide-current h2, #title');
      const text = heading && heading.getBoundingClientRect().height > 0 ? heading.textContent : '';
      // A frame where the deck shows its slide without a title: a swap that blanked the slide while its module loaded.
      if (!text && document.querySelector('[data-deck]')) sessionStorage.setItem('bench-blank', String(Number(sessionStorage.getItem('bench-blank') || 0) + 1));
      if (text && !(text in seen)) {
        seen[text] = performance.timeOrigin + performance.now();
        sessionStorage.setItem('bench-seen', JSON.stringify(seen));
      }
      requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  })();`;

const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
// Clear of the ports Chromium refuses (5060, 5061, 6000, …).
let port = 4400 + Math.floor(Math.random() * 250);

/** Spawns `deck <args>`, opens its URL as soon as it prints one, and resolves when `text` first shows. */
async function startAndShow(commandArgs, text, path = '') {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await page.addInitScript(WATCH);
  const spawned = Date.now();
  const child = spawn(process.execPath, ['bin/deck.mjs', ...commandArgs, '--port', String(++port)], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const url = await new Promise((resolve, reject) => {
    const look = (chunk) => {
      output += chunk;
      const found = /http:\/\/(?:localhost|127\.0\.0\.1):\d+\/\S*/.exec(stripVTControlCharacters(output));
      if (found) resolve(found[0]);
    };
    child.stdout.on('data', look);
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('exit', () => reject(new Error(`deck ${commandArgs[0]} exited:\n${output}`)));
  });
  const listening = Date.now();
  await page.goto(url + path);
  const shownAt = await waitSeen(page, text);
  return { page, context, child, seconds: (shownAt - spawned) / 1000, listening: (listening - spawned) / 1000 };
}

async function waitSeen(page, text, timeout = 30_000) {
  const handle = await page.waitForFunction((wanted) => JSON.parse(sessionStorage.getItem('bench-seen') || '{}')[wanted], text, { timeout, polling: 50 });
  return handle.jsonValue();
}

const stop = async ({ context, child }) => {
  await context.close();
  child.kill();
  await new Promise((resolve) => (child.exitCode === null ? child.once('exit', resolve) : resolve()));
};

const cold = { dev: [], serve: [], listening: [] };
let editTimes = [];
let positionKept = true;
let reloads = 0;
let blankFrames = 0;
try {
  for (let run = 0; run < runs; run++) {
    const served = await startAndShow(['serve', staticDir], '2 Types of Data Engineers');
    cold.serve.push(served.seconds);
    await stop(served);
    const dev = await startAndShow(['dev', deckFile], '2 Types of Data Engineers');
    cold.dev.push(dev.seconds);
    cold.listening.push(dev.listening);
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
const rows = [
  ['deck dev: spawn → slide 1 title on screen', `${s(median(cold.dev))} (${spreadOf(cold.dev, s)}; the first run may fill Vite's dependency cache)`],
  ['of which spawn → URL printed', `${s(median(cold.listening))} (${spreadOf(cold.listening, s)})`],
  ['the same ÷ deck serve of a static title page', `${ratio(median(ratios))} (${spreadOf(ratios, ratio)}); static ${s(median(cold.serve))}`],
  [
    `edit slide ${EDITED_SLIDE}'s title → new text on screen`,
    `median ${ms(median(editTimes))} (${spreadOf(editTimes, ms)}); position kept: ${positionKept ? 'yes' : 'NO'}; page reloads: ${reloads}; frames without a title: ${blankFrames}`,
  ],
];
const width = Math.max(...rows.map(([name]) => name.length));
process.stdout.write(`${rows.map(([name, value]) => `${name.padEnd(width)}  ${value}`).join('\n')}\n`);
