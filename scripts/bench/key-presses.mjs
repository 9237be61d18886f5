// The key-press harness shared by the moving figures: keydown → DOM switched (`data-slide` changed) → a frame
// callback and a task after it, timed inside the page from the event's own timestamp.

/** Installs the timing listener on a page whose `[data-deck]` is up (the deck, or the toggle reference page). */
export async function instrument(page) {
  await page.evaluate(() => {
    const deck = document.querySelector('[data-deck]');
    window.__moves = [];
    // The browser's own figure (Event Timing): key press to the next frame presented, in 8 ms steps, ≥ 16 ms only.
    window.__painted = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.name === 'keydown' && entry.interactionId) window.__painted.push(entry.duration);
    }).observe({ type: 'event', durationThreshold: 16 });
    window.addEventListener(
      'keydown',
      (event) => {
        // Home rewinds a walk (bench-ab's --moving): not a press the figures count.
        if (event.key === 'Shift' || event.key === 'Home') return;
        const pressed = event.timeStamp;
        const before = deck.dataset.slide;
        const observer = new MutationObserver(() => {
          if (deck.dataset.slide === before) return;
          observer.disconnect();
          const switched = performance.now();
          requestAnimationFrame(() => setTimeout(() => window.__moves.push({ dom: switched - pressed, paint: performance.now() - pressed })));
        });
        observer.observe(deck, { attributes: true, attributeFilter: ['data-slide'] });
      },
      { capture: true },
    );
  });
}

/** One press to the next slide, waiting until the move has painted and the page says it is ready again. */
export async function pressNext(page) {
  const count = await page.evaluate(() => window.__moves.length);
  await page.keyboard.press('Shift+ArrowRight');
  await page.waitForFunction((before) => window.__moves.length > before && document.documentElement.dataset.ready === 'true', count, { polling: 'raf' });
}

/** The timings recorded so far on `page`. */
export const movesOf = (page) => page.evaluate(() => ({ moves: window.__moves, painted: window.__painted }));

/** Back to slide 1 (not counted as a move), waiting until the page is ready there. */
export async function rewind(page) {
  await page.keyboard.press('Home');
  await page.waitForFunction(() => document.querySelector('[data-deck]').dataset.slide === '1' && document.documentElement.dataset.ready === 'true', null, {
    polling: 'raf',
  });
}
