import { expect, test } from '@playwright/test';
import { laps } from '../../scripts/bench/laps.mjs';
import { openDeck } from './deck-page.ts';

// The bench's long-talk figure (npm run bench, memory), with headroom: laps of the talk in one page (every slide and
// step forward, then back) leave the heap where the warm-up laps left it, and the DOM and its listeners as they were.
test('laps of the talk in one page grow neither the heap nor the DOM', async ({ page, context }) => {
  test.setTimeout(180_000);
  await openDeck(page, 'talk');
  const cdp = await context.newCDPSession(page);
  const after = await laps(page, cdp, 6);
  const [warm, last] = [after[2]!, after[5]!];
  expect(last.nodes, 'DOM nodes after lap 6 vs lap 3').toBe(warm.nodes);
  expect(last.listeners, 'event listeners after lap 6 vs lap 3').toBe(warm.listeners);
  // The bench's goal is 3 % over five laps. Here, with headroom: V8's compiled code still grows for some laps
  // (docs/benchmarks.md), and a loaded machine measured 9.5 % once; a leak of a slide's worth per lap is far more.
  expect(last.heap, `heap after lap 6 (${last.heap}) vs lap 3 (${warm.heap})`).toBeLessThanOrEqual(warm.heap * 1.15);
});
