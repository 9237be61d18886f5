// Long talks: laps of the deck in one page (every slide and step forward, then back), measured after each lap with
// the garbage collected. Shared by the bench (scripts/bench/memory.mjs) and tests/e2e/long-talk.spec.ts.

/**
 * Runs in the page: presses `key` until the deck stands at the end it leads to, one press per position, each after
 * the last has settled (position changed, `data-ready` back). Synthetic key events on the window, the deck's own
 * listener: a Playwright round trip per press would make a lap of the talk take seconds.
 */
export function walkToEnd(key) {
  const deck = document.querySelector('[data-deck]');
  const at = () => `${deck.dataset.slide}/${deck.dataset.step}`;
  const last = () =>
    key === 'ArrowRight' ? deck.dataset.slide === deck.dataset.slides && Number(deck.dataset.step) === Number(deck.dataset.steps) - 1 : at() === '1/0';
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  return (async () => {
    let presses = 0;
    while (!last()) {
      const before = at();
      window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
      presses++;
      do await frame();
      while (at() === before || document.documentElement.dataset.ready !== 'true');
    }
    return presses;
  })();
}

/** Heap after two full collections, and Chromium's DOM counters (nodes, listeners) at that moment. */
export async function measure(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const { nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
  return { heap: usedSize, nodes, listeners: jsEventListeners };
}

const SETTLE_MS = 500;

/** `count` laps on an open deck page; the figures after each. */
export async function laps(page, cdp, count) {
  const after = [];
  for (let lap = 0; lap < count; lap++) {
    await page.evaluate(walkToEnd, 'ArrowRight');
    await page.evaluate(walkToEnd, 'ArrowLeft');
    // The neighbours of the last move mount and unmount after its frame, and the URL is written when idle.
    await page.waitForTimeout(SETTLE_MS);
    after.push(await measure(cdp));
  }
  return after;
}
