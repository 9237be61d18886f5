// Long talks: 10 laps of the talk in one page, and a 500-slide deck after one visit of every slide.
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../src/node/browser/find-chromium.mjs';
import { kb, ratio } from './format.mjs';
import { laps, measure, walkToEnd } from './laps.mjs';

/** The goal's laps (10), and five more to see whether what grows between 5 and 10 keeps growing. */
const LAPS = 15;
/** V8 with no compiler: the heap then holds our objects and V8's interpreter's, not the machine code it makes. */
const NO_JIT = '--js-flags=--no-opt --no-maglev --no-sparkplug';

async function openDeck(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
  return { context, page, cdp: await context.newCDPSession(page) };
}

/** Rows for the long-talk figures: the talk at `base`, the generated deck at `largeBase` (skipped when absent). */
export async function memory({ browser, base, largeBase }) {
  const talk = await openDeck(browser, `${base}index.html`);
  const atStart = await measure(talk.cdp);
  const after = await laps(talk.page, talk.cdp, LAPS);
  await talk.context.close();
  const [first, fifth, tenth, last] = [after[0], after[4], after[9], after[LAPS - 1]];
  // The same 10 laps with V8's compilers off: what still grows then is ours (see docs/benchmarks.md, 2026-12-01 night).
  const interpreted = await chromium.launch({ executablePath: findChromium(), args: [...CHROMIUM_ARGS, NO_JIT] });
  const plain = await openDeck(interpreted, `${base}index.html`);
  const plainLaps = await laps(plain.page, plain.cdp, 10);
  await interpreted.close();
  const exact = (value) => `${value.toFixed(3)}×`;
  const rows = [
    ['JS heap at start / after lap 1, 5, 10, 15 (after GC)', `${kb(atStart.heap)} / ${kb(first.heap)}, ${kb(fifth.heap)}, ${kb(tenth.heap)}, ${kb(last.heap)}`],
    ['heap after lap 10 ÷ lap 5 (goal ≤ 1.03×); lap 15 ÷ lap 10', `${exact(tenth.heap / fifth.heap)}; ${exact(last.heap / tenth.heap)}`],
    [
      'the same with V8 compiling nothing (our objects): lap 10 ÷ lap 5',
      `${exact(plainLaps[9].heap / plainLaps[4].heap)} (${kb(plainLaps[4].heap)} → ${kb(plainLaps[9].heap)})`,
    ],
    ['DOM nodes / listeners at start, after lap 1, 5, 10, 15', [atStart, first, fifth, tenth, last].map((m) => `${m.nodes}/${m.listeners}`).join(', ')],
  ];
  if (largeBase) {
    const large = await openDeck(browser, `${largeBase}index.html`);
    await large.page.evaluate(walkToEnd, 'ArrowRight');
    await large.page.waitForTimeout(500);
    const visited = await measure(large.cdp);
    await large.context.close();
    // Against lap 10 as well as lap 1: most of what a first walk adds is V8's machine code for the functions a press
    // runs, which grows with the number of presses (a 500-slide walk is five laps' worth) until it is warm.
    rows.push([
      '500 slides after visiting every one ÷ the talk after lap 10 / lap 1 (heap, goal ≤ 1.5×)',
      `${ratio(visited.heap / tenth.heap)} / ${ratio(visited.heap / first.heap)}: ${kb(visited.heap)}, ${visited.nodes} nodes`,
    ]);
  }
  return rows;
}
