import { expect, test } from '@playwright/test';
import { collectErrors, openDeck } from './deck-page.ts';

const ACTIONS = 10_000;
const CHUNK = 250;
const KEYS = [
  'ArrowRight',
  'ArrowLeft',
  'ArrowUp',
  'ArrowDown',
  ' ',
  'PageDown',
  'PageUp',
  'Enter',
  'Backspace',
  'Home',
  'End',
  'o',
  'Escape',
  'b',
  '.',
  '?',
  'g',
  '1',
  '2',
  '7',
];

/** Runs `count` seeded random actions in the page: keys (with and without Shift), hash changes and swipes. */
function randomActions({ seed, count, keys }: { seed: number; count: number; keys: string[] }): number {
  let state = seed >>> 0;
  const random = () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  for (let i = 0; i < count; i++) {
    const roll = random();
    const target = (document.activeElement as HTMLElement | null) ?? document.body;
    if (roll < 0.8) {
      const key = pick(keys);
      target.dispatchEvent(new KeyboardEvent('keydown', { key, shiftKey: random() < 0.2, bubbles: true, cancelable: true }));
    } else if (roll < 0.9) {
      location.hash = pick([
        '#/',
        '#/0',
        '#/-4',
        `#/${Math.floor(random() * 80)}`,
        `#/${Math.floor(random() * 50)}/${Math.floor(random() * 9)}`,
        '#/abc',
        '#//',
        '#/1e9',
      ]);
    } else {
      const stage = document.querySelector('.stage');
      if (!stage) continue;
      const x0 = random() * 800;
      const x1 = random() * 800;
      const touch = (x: number) => new Touch({ identifier: 1, target: stage, clientX: x, clientY: 300 });
      stage.dispatchEvent(new TouchEvent('touchstart', { touches: [touch(x0)], changedTouches: [touch(x0)], bubbles: true }));
      stage.dispatchEvent(new TouchEvent('touchend', { touches: [], changedTouches: [touch(x1)], bubbles: true }));
    }
  }
  return state;
}

test('10 000 seeded random inputs: no errors, the position always valid and shown', async ({ page }) => {
  test.setTimeout(240_000);
  const errors = collectErrors(page);
  await openDeck(page, 'talk');
  const sizes = [
    { width: 1280, height: 720 },
    { width: 390, height: 844 },
    { width: 844, height: 390 },
    { width: 1920, height: 1080 },
  ];
  let seed = 20261125;
  for (let done = 0; done < ACTIONS; done += CHUNK) {
    seed = await page.evaluate(randomActions, { seed, count: CHUNK, keys: KEYS });
    await page.setViewportSize(sizes[(done / CHUNK) % sizes.length]!);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const state = await page.locator('[data-deck]').evaluate((root: HTMLElement) => {
      const slide = Number(root.dataset.slide);
      const shown = root.querySelector(`[data-slide-index="${slide}"]`);
      return {
        slide,
        step: Number(root.dataset.step),
        steps: Number(root.dataset.steps),
        slides: Number(root.dataset.slides),
        mode: root.dataset.mode,
        shown: !!shown,
      };
    });
    const where = `after ${done + CHUNK} actions (seed ${seed}): ${JSON.stringify(state)}`;
    expect(state.slide, where).toBeGreaterThanOrEqual(1);
    expect(state.slide, where).toBeLessThanOrEqual(state.slides);
    expect(state.step, where).toBeGreaterThanOrEqual(0);
    expect(state.step, where).toBeLessThan(state.steps);
    if (state.mode === 'audience') expect(state.shown, where).toBe(true);
    expect(errors, where).toEqual([]);
  }
});
