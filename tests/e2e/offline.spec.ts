import { axeViolations } from './axe.ts';
import { expect, test, type Page } from '@playwright/test';
import { collectErrors, deckState, delayIdleCallbacks, expectAt, openDeck } from './deck-page.ts';

/** Errors other than the browser's own line for each request that failed (expected while a chunk is blocked). */
const crashes = (errors: string[]) => errors.filter((error) => !error.startsWith('Failed to load resource'));

/** The notice shown while a chunk that failed to load is retried. */
const notice = (page: Page, what: string) => page.getByRole('status').filter({ hasText: `Couldn’t load ${what} — retrying…` });

/** Opens a deck and waits until it has loaded, in idle time, everything it may need later. */
async function openWarm(page: Page, deck = 'talk'): Promise<void> {
  await openDeck(page, deck);
  await expect(page.locator('html')).toHaveAttribute('data-warm', 'true', { timeout: 30_000 });
}

/** Whether the current slide shows its content: not a placeholder, not a notice, no part still loading. */
async function expectSlideShown(page: Page, slide: number): Promise<void> {
  const current = page.locator(`[data-slide-index="${slide}"]`);
  await expect(current).toBeVisible();
  await expect(current.locator('.slide-body')).not.toBeEmpty();
  await expect(current.locator('.slide-loading, .load-notice, [aria-busy="true"]')).toHaveCount(0);
}

/** Presses → until the last step of the last slide, checking every slide on the way. */
async function walkToTheEnd(page: Page): Promise<void> {
  const root = page.locator('[data-deck]');
  for (let state = await deckState(page); ; state = await deckState(page)) {
    await expectSlideShown(page, state.slide);
    if (state.slide === state.slides && state.step === state.steps - 1) return;
    await page.keyboard.press('ArrowRight');
    const moved = state.step + 1 < state.steps ? ['data-step', String(state.step + 1)] : ['data-slide', String(state.slide + 1)];
    await expect(root).toHaveAttribute(moved[0]!, moved[1]!);
  }
}

/** `o` shows the overview with its thumbnails drawn and styled, Esc goes back; `?` and `g` open their dialogs. */
async function useViewsAndDialogs(page: Page): Promise<void> {
  const root = page.locator('[data-deck]');
  const start = (await deckState(page)).slide;
  await page.keyboard.press('o');
  await expect(root).toHaveAttribute('data-mode', 'overview');
  await expect(page.locator('.overview-grid')).toHaveCSS('display', 'grid');
  await expectSlideShown(page, start);
  await page.keyboard.press('Escape');
  await expect(root).toHaveAttribute('data-mode', 'audience');
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await page.keyboard.press('Escape');
  await page.keyboard.press('g');
  await expect(page.getByRole('dialog', { name: 'Go to slide' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expectAt(page, start);
}

test.describe('offline: once warm, the deck needs no network', () => {
  test('offline after warming: overview, help, go-to, every slide to the end, the reading view', async ({ page, context }) => {
    const errors = collectErrors(page);
    await openWarm(page);
    await context.setOffline(true);
    await useViewsAndDialogs(page);
    await walkToTheEnd(page);

    // A phone held upright gets the reading view's button; it opens with the notes as a transcript.
    await page.setViewportSize({ width: 600, height: 900 });
    await page.getByRole('button', { name: 'Reading view' }).click();
    await expect(page.locator('[data-deck]')).toHaveAttribute('data-mode', 'read');
    await expect(page.getByRole('region', { name: 'Transcript of slide 42' })).not.toBeEmpty();
    await page.getByRole('button', { name: 'Slide view' }).click();
    await expect(page.locator('[data-deck]')).toHaveAttribute('data-mode', 'audience');
    // Any request made offline would have logged "Failed to load resource".
    expect(errors).toEqual([]);
  });

  test('offline after warming, code is highlighted (the highlighter chunk was warmed too)', async ({ page, context }) => {
    const errors = collectErrors(page);
    await openWarm(page, 'mdx-deck');
    await context.setOffline(true);
    await page.keyboard.press('End');
    await expect(page.locator('[data-slide-index="10"] pre.code-block:not(.code-plain)')).toContainText('print("highlighted")');
    expect(errors).toEqual([]);
  });

  test('back online after a spell offline, everything still works', async ({ page, context }) => {
    const errors = collectErrors(page);
    await openWarm(page);
    await context.setOffline(true);
    await useViewsAndDialogs(page);
    await context.setOffline(false);
    await useViewsAndDialogs(page);
    await walkToTheEnd(page);
    expect(errors).toEqual([]);
  });
});

test.describe('offline: a chunk that cannot load never blanks the page', () => {
  test('the overview blocked: a notice over the slide, then the overview on its own once it can load', async ({ page }) => {
    const errors = collectErrors(page);
    const overview = /\/assets\/overview-view-[\w-]+\.(js|css)$/;
    await page.route(overview, (route) => route.abort());
    await openDeck(page, 'talk');
    await page.keyboard.press('o');
    await expect(notice(page, 'the overview')).toBeVisible();
    const root = page.locator('[data-deck]');
    await expect(root).toHaveAttribute('data-mode', 'audience');
    await expect(page.locator('[data-slide-index="1"]')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);

    await page.unroute(overview);
    await expect(root).toHaveAttribute('data-mode', 'overview', { timeout: 10_000 });
    await expect(notice(page, 'the overview')).toHaveCount(0);
    // Its stylesheet, which failed with it, was linked again.
    await expect(page.locator('.overview-grid')).toHaveCSS('display', 'grid');
    await expectSlideShown(page, 1);
    expect(crashes(errors)).toEqual([]);
  });

  test('offline before warming: the notice, then the overview as soon as the browser is back online', async ({ page, context }) => {
    const errors = collectErrors(page);
    // The warming waits for idle callbacks: held off here, it has loaded nothing when the network drops.
    await delayIdleCallbacks(page);
    await openDeck(page, 'talk');
    await context.setOffline(true);
    await page.keyboard.press('o');
    await expect(notice(page, 'the overview')).toBeVisible();
    // Long enough for the retries to back off to a wait of several seconds: only the `online` event can be quicker.
    await page.waitForTimeout(3_500);
    await expectSlideShown(page, 1);
    await context.setOffline(false);
    await expect(page.locator('[data-deck]')).toHaveAttribute('data-mode', 'overview', { timeout: 2_000 });
    expect(crashes(errors)).toEqual([]);
  });

  test('a slide blocked: a notice in that slide only, the deck keeps moving, the slide appears once it can load', async ({ page }) => {
    const errors = collectErrors(page);
    // Neither neighbours nor the warming load anything meanwhile: only slide 1 is there when the network breaks.
    await delayIdleCallbacks(page);
    await openDeck(page, 'talk');
    const slides = /\/assets\/deck-[\w-]+\.js$/;
    await page.route(slides, (route) => route.abort());
    await page.keyboard.press('End');
    await expect(page.locator('[data-slide-index="43"]').getByRole('status')).toHaveText('Couldn’t load this slide — retrying…');
    await page.keyboard.press('Home');
    await expectSlideShown(page, 1);
    await page.keyboard.press('End');
    await expect(page.locator('[data-slide-index="43"]').getByRole('status')).toBeVisible();

    await page.unroute(slides);
    await expect(page.locator('[data-slide-index="43"] h2')).toHaveText('Thank you!', { timeout: 10_000 });
    await expectSlideShown(page, 43);
    expect(crashes(errors)).toEqual([]);
  });
});
