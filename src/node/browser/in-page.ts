import type { Page } from 'playwright-core';

/** How long past a deadline a page that cannot run its own timers (a slide's script looping) gets to answer. */
export const PAGE_GRACE_MS = 1000;

/** `promise`'s value, or `fallback` once `ms` have passed without one. */
export async function orAfter<T>(promise: Promise<T>, ms: number, fallback: T): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([promise, new Promise<T>((resolve) => (timer = setTimeout(() => resolve(fallback), ms)))]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Runs `wait` (self-contained: it is handed to the page as it is) in the page with the time left, again in the new
 * document if the page navigated meanwhile; null once `deadline` passes, even if the page is too busy to say so.
 * `page.evaluate` runs in the page's own world: Playwright's locators and `waitForFunction` first inject its selector
 * engine, which cost the talk's export ~40 ms of its ~1 s here (docs/benchmarks.md, 2026-12-01 night).
 */
export async function untilInPage<T>(page: Page, wait: (ms: number) => Promise<T | null>, deadline: number): Promise<T | null> {
  for (;;) {
    const ms = deadline - Date.now();
    if (ms <= 0) return null;
    try {
      return await orAfter(page.evaluate(wait, ms), ms + PAGE_GRACE_MS, null);
    } catch (error) {
      if (!/Execution context was destroyed|navigation/i.test(String(error))) throw error;
    }
  }
}
