// Long talks: 10 laps of the talk in one page, and a 500-slide deck after one visit of every slide.
import { kb, ratio } from './format.mjs';
import { laps, measure, walkToEnd } from './laps.mjs';

const LAPS = 10;

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
  const [first, fifth, tenth] = [after[0], after[4], after[LAPS - 1]];
  const rows = [
    ['JS heap at start / after lap 1, 5, 10 (after GC)', `${kb(atStart.heap)} / ${kb(first.heap)}, ${kb(fifth.heap)}, ${kb(tenth.heap)}`],
    ['heap after lap 10 ÷ lap 5 (goal ≤ 1.03×)', ratio(tenth.heap / fifth.heap)],
    ['DOM nodes / listeners at start, after lap 1, 5, 10', [atStart, first, fifth, tenth].map((m) => `${m.nodes}/${m.listeners}`).join(', ')],
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
