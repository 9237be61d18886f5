import { expect, type Page } from '@playwright/test';

/** The deck's contract attributes as numbers. */
export interface DeckState {
  slide: number;
  step: number;
  steps: number;
  slides: number;
  mode: string;
}

/** Opens a built deck (`talk`, `mdx-deck`, `throwing`) at an optional hash and query, and waits for `data-ready`. */
export async function openDeck(page: Page, deck: string, hash = '', query = ''): Promise<void> {
  await page.goto(`${deck}/index.html${query}${hash}`);
  await waitReady(page);
}

/**
 * Holds every request for the asset files named `name-<hash>.js` (a slide module, the dialogs' chunk) until
 * `release()`, as on a slow first visit. `requested` resolves when the first one is asked for, `arrived` when the
 * first one has been answered.
 */
export async function holdAsset(page: Page, name: string) {
  const url = new RegExp(`/assets/${name}-[\\w-]+\\.js$`);
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(url, async (route) => {
    await held;
    await route.continue();
  });
  const requested = page.waitForRequest(url);
  const arrived = page.waitForResponse(url);
  // A test that does not wait for one of them must not fail on its timeout.
  requested.catch(() => {});
  arrived.catch(() => {});
  return { release, requested, arrived };
}

/** Holds off the page's idle callbacks for 10 s, as a busy machine can: the deck writes the URL of a move in one. */
export async function delayIdleCallbacks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.requestIdleCallback = (callback) => window.setTimeout(() => callback({ didTimeout: true, timeRemaining: () => 0 }), 10_000);
  });
}

/** Waits until the deck says everything on screen has settled. */
export async function waitReady(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true', { timeout: 15_000 });
}

/** Reads the root's data attributes. */
export async function deckState(page: Page): Promise<DeckState> {
  return page.locator('[data-deck]').evaluate((root: HTMLElement) => ({
    slide: Number(root.dataset.slide),
    step: Number(root.dataset.step),
    steps: Number(root.dataset.steps),
    slides: Number(root.dataset.slides),
    mode: root.dataset.mode ?? '',
  }));
}

/** Asserts the deck is at slide/step, both in the DOM attributes and in what is visible. */
export async function expectAt(page: Page, slide: number, step = 0): Promise<void> {
  await expect(page.locator('[data-deck]')).toHaveAttribute('data-slide', String(slide));
  await expect(page.locator('[data-deck]')).toHaveAttribute('data-step', String(step));
  await expect(page.locator(`[data-slide-index="${slide}"]`)).toBeVisible();
}

/** Collects console errors and page errors for a no-errors assertion at the end of a test. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}
