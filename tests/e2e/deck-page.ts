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
