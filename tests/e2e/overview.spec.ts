import { axeViolations } from './axe.ts';
import { expect, test, type Page } from '@playwright/test';
import { collectErrors, expectAt, openDeck, waitReady } from './deck-page.ts';

/** Thumbnails per row, read from the layout rather than assumed. */
async function columns(page: Page): Promise<number> {
  return page
    .locator('.overview-grid > li')
    .evaluateAll((items) => items.filter((item) => (item as HTMLElement).offsetTop === (items[0] as HTMLElement).offsetTop).length);
}

const focusedName = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('aria-label'));

test.describe('overview', () => {
  test('o opens the grid at the current slide; arrows move focus; Enter opens the chosen slide', async ({ page }) => {
    const errors = collectErrors(page);
    await openDeck(page, 'mdx-deck', '#/3');
    await page.keyboard.press('o');
    const root = page.locator('[data-deck]');
    await expect(root).toHaveAttribute('data-mode', 'overview');
    await expect(page).toHaveURL(/[?&]mode=overview#\/3$/);

    const thumbs = page.getByRole('button', { name: /^Slide \d+: / });
    await expect(thumbs).toHaveCount(10);
    await expect(page.getByRole('button', { name: 'Slide 3: Appear' })).toHaveAttribute('aria-current', 'true');
    await expect(page.getByRole('button', { name: 'Slide 3: Appear' })).toBeFocused();
    await expect(page.locator('[aria-current="true"]')).toHaveCount(1);

    const perRow = await columns(page);
    expect(perRow).toBeGreaterThan(1);
    await page.keyboard.press('ArrowRight');
    expect(await focusedName(page)).toBe('Slide 4: Split');
    await page.keyboard.press('ArrowDown');
    expect(await focusedName(page)).toMatch(new RegExp(`^Slide ${4 + perRow}: `));
    await page.keyboard.press('ArrowLeft');
    expect(await focusedName(page)).toMatch(new RegExp(`^Slide ${3 + perRow}: `));
    // Moving focus does not move the deck.
    await expect(root).toHaveAttribute('data-slide', '3');

    await page.keyboard.press('Enter');
    await expect(root).toHaveAttribute('data-mode', 'audience');
    await expectAt(page, 3 + perRow, 0);
    await expect(page).not.toHaveURL(/mode=/);
    expect(errors).toEqual([]);
  });

  test('Esc and Alt+O go in and back out; ?mode=overview opens it; a click opens a slide', async ({ page }) => {
    await openDeck(page, 'mdx-deck', '#/2/1');
    const root = page.locator('[data-deck]');
    await page.keyboard.press('Escape');
    await expect(root).toHaveAttribute('data-mode', 'overview');
    await page.keyboard.press('Escape');
    await expect(root).toHaveAttribute('data-mode', 'audience');
    await expectAt(page, 2, 1);
    await page.keyboard.press('Alt+o');
    await expect(root).toHaveAttribute('data-mode', 'overview');
    await page.keyboard.press('Alt+o');
    await expect(root).toHaveAttribute('data-mode', 'audience');

    await openDeck(page, 'mdx-deck', '#/5', '?mode=overview');
    await expect(root).toHaveAttribute('data-mode', 'overview');
    await expect(page.getByRole('button', { name: 'Slide 5: Split right' })).toHaveAttribute('aria-current', 'true');
    await page.getByRole('button', { name: 'Slide 7: Left' }).click();
    await expect(root).toHaveAttribute('data-mode', 'audience');
    await expectAt(page, 7);
  });

  test('renders only the thumbnails near the screen', async ({ page }) => {
    await page.setViewportSize({ width: 500, height: 300 });
    await openDeck(page, 'mdx-deck', '#/1', '?mode=overview');
    const rendered = () =>
      page.locator('.overview-grid [data-slide-index]').evaluateAll((nodes) => nodes.map((node) => Number(node.getAttribute('data-slide-index'))));
    await expect(page.locator('.overview-grid [data-slide-index="1"]')).toBeAttached();
    const atTop = await rendered();
    expect(atTop.length).toBeLessThan(10);
    expect(atTop).not.toContain(10);

    await page.keyboard.press('End');
    await expect(page.getByRole('button', { name: 'Slide 10: Local component' })).toBeFocused();
    await expect(page.locator('.overview-grid [data-slide-index="10"]')).toBeAttached();
    await expect.poll(rendered).not.toContain(1);
    await waitReady(page);
  });

  test('in the presenter window, Enter returns to the presenter view', async ({ page }) => {
    await openDeck(page, 'mdx-deck', '#/1', '?mode=presenter');
    await page.keyboard.press('o');
    await expect(page.locator('[data-deck]')).toHaveAttribute('data-mode', 'overview');
    await expect(page.getByRole('button', { name: 'Slide 1: Hello mdx-deck' })).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-deck]')).toHaveAttribute('data-mode', 'presenter');
    await expect(page.locator('[data-deck]')).toHaveAttribute('data-slide', '2');
    await expect(page).toHaveURL(/mode=presenter/);
  });

  test('is axe clean', async ({ page }) => {
    await openDeck(page, 'mdx-deck', '#/3', '?mode=overview');
    expect(await axeViolations(page)).toEqual([]);
  });
});
