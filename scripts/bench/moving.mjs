// Moving: next slide, key press → next frame, on the deck against the two-div toggle page, same harness, same run:
// back-to-back walks (A B A B) and presses interleaved between the two pages 200 ms apart.
import { percentile } from '../stats.mjs';
import { instrument, movesOf, pressNext, rewind } from './key-presses.mjs';
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

/**
 * A/B at a presenter's pace: `urls` (name → page; the toggle page under `toggle`) each take one press in turn, 200 ms
 * apart, the order rotated every walk; `walks` walks of the deck, each deck rewound to slide 1 between them. Lines of
 * median and p95 per page, and each deck's p95 minus the toggle page's.
 */
export async function movingAB(browser, urls, { walks }) {
  const pages = {};
  for (const [name, url] of Object.entries(urls)) pages[name] = await openInstrumented(browser, url);
  const decks = Object.keys(urls).filter((name) => name !== 'toggle');
  const slides = await pages[decks[0]].page.evaluate(() => Number(document.querySelector('[data-deck]').dataset.slides));
  const presses = Math.min(slides - 1, 41);
  const names = Object.keys(pages);
  for (let walk = 0; walk < walks; walk++) {
    const order = names.map((_, at) => names[(at + walk) % names.length]);
    for (let press = 0; press < presses; press++) {
      for (const name of order) {
        await pressNext(pages[name].page);
        await pages[name].page.waitForTimeout(INTERLEAVE_MS);
      }
    }
    for (const name of decks) await rewind(pages[name].page);
  }
  const paint = {};
  for (const name of names) paint[name] = (await movesOf(pages[name].page)).moves.map((move) => move.paint);
  for (const { context } of Object.values(pages)) await context.close();
  const toggleP95 = percentile(paint.toggle, 95);
  return names.map(
    (name) =>
      `${name.padEnd(6)} ${paint[name].length} presses: ${medianP95(paint[name])}, p90 ${ms(percentile(paint[name], 90))}` +
      (name === 'toggle' ? '' : `; p95 − toggle ${ms(percentile(paint[name], 95) - toggleP95)}`),
  );
}
