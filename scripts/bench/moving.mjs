// Moving: next slide, key press → next frame, on the deck against the two-div toggle page, same harness, same run:
// back-to-back walks (A B A B) and presses interleaved between the two pages 200 ms apart.
import { percentile } from '../stats.mjs';
import { instrument, movesOf, pressNext } from './key-presses.mjs';
import { medianP95, ms } from './format.mjs';

const VIEWPORT = { width: 1280, height: 720 };
const INTERLEAVE_MS = 200;

async function openInstrumented(browser, url) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
  await instrument(page);
  return { context, page };
}

async function walk(browser, url, presses) {
  const { context, page } = await openInstrumented(browser, url);
  for (let press = 0; press < presses; press++) await pressNext(page);
  const recorded = await movesOf(page);
  await context.close();
  return recorded.moves.map((move) => move.paint);
}

const row = (deck, toggle) => `deck ${medianP95(deck)}; toggle ${medianP95(toggle)}; p95 difference ${ms(percentile(deck, 95) - percentile(toggle, 95))}`;

/** Rows for the moving figures; `slides` bounds the walk (one press per slide, at most 41). */
export async function moving({ browser, base }, { slides }) {
  const presses = Math.min(slides - 1, 41);
  const backToBack = { deck: [], toggle: [] };
  for (let round = 0; round < 2; round++) {
    backToBack.deck.push(...(await walk(browser, `${base}index.html`, presses)));
    backToBack.toggle.push(...(await walk(browser, `${base}toggle.html`, presses)));
  }
  const deck = await openInstrumented(browser, `${base}index.html`);
  const toggle = await openInstrumented(browser, `${base}toggle.html`);
  for (let press = 0; press < presses; press++) {
    for (const { page } of [deck, toggle]) {
      await pressNext(page);
      await page.waitForTimeout(INTERLEAVE_MS);
    }
  }
  const [deckPaced, togglePaced] = await Promise.all([movesOf(deck.page), movesOf(toggle.page)]);
  await Promise.all([deck.context.close(), toggle.context.close()]);
  const paint = (recorded) => recorded.moves.map((move) => move.paint);
  return [
    [`next slide, keydown → next frame, back-to-back (${backToBack.deck.length} presses each)`, row(backToBack.deck, backToBack.toggle)],
    [`next slide, keydown → next frame, interleaved ${INTERLEAVE_MS} ms apart (${presses} each)`, row(paint(deckPaced), paint(togglePaced))],
  ];
}
