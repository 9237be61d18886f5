import { axeViolations } from './axe.ts';
import { expect, test, type Page } from '@playwright/test';
import { HELP_ROWS } from '../../src/input/key-help.ts';
import { collectErrors, expectAt, holdAsset, openDeck } from './deck-page.ts';

/** Focus is back on the page itself (not stranded in a closed dialog), so deck keys work again. */
const focusIsOnDeck = (page: Page) =>
  page.evaluate(() => !document.querySelector('dialog') && (document.activeElement === document.body || !!document.activeElement?.closest('[data-deck]')));

test.describe('go to', () => {
  test('g then a number jumps there; Esc closes and gives focus back', async ({ page }) => {
    const errors = collectErrors(page);
    await openDeck(page, 'mdx-deck', '#/1');
    await page.keyboard.press('g');
    const dialog = page.getByRole('dialog', { name: 'Go to slide' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toHaveAttribute('aria-modal', 'true');
    const input = dialog.getByRole('combobox', { name: 'Slide number or title' });
    await expect(input).toBeFocused();
    await expect(input).toHaveValue('');

    await page.keyboard.type('7');
    await expect(dialog.getByRole('option')).toHaveText(['7 Left']);
    await page.keyboard.press('Enter');
    await expect(dialog).toHaveCount(0);
    await expectAt(page, 7);
    expect(await focusIsOnDeck(page)).toBe(true);
    await page.keyboard.press('ArrowRight');
    await expectAt(page, 8);

    await page.keyboard.press('g');
    await page.keyboard.type('3');
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expectAt(page, 8);
    expect(await focusIsOnDeck(page)).toBe(true);
    expect(errors).toEqual([]);
  });

  test('text lists matching titles as you type; arrows choose; Enter jumps', async ({ page }) => {
    await openDeck(page, 'mdx-deck', '#/1');
    await page.keyboard.press('g');
    const dialog = page.getByRole('dialog', { name: 'Go to slide' });
    await page.keyboard.type('spl');
    const options = dialog.getByRole('listbox', { name: 'Matching slides' }).getByRole('option');
    await expect(options).toHaveText(['4 Split', '5 Split right']);
    await expect(options.first()).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.type('it r');
    await expect(options).toHaveText(['5 Split right']);
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('ArrowDown');
    await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
    await expect(dialog.getByRole('combobox')).toHaveAttribute('aria-activedescendant', (await options.nth(1).getAttribute('id'))!);
    await page.keyboard.press('Enter');
    await expectAt(page, 5);

    await page.keyboard.press('g');
    await page.keyboard.type('zebra');
    await expect(dialog.getByRole('status')).toHaveText('No slide title matches.');
    await page.keyboard.press('Enter');
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expectAt(page, 5);
  });

  test("keys typed while the dialog's chunk is still loading land in it", async ({ page }) => {
    const errors = collectErrors(page);
    // Hold the dialogs' chunk (normally fetched when idle after the first slide paints), as on a slow first visit.
    const chunk = await holdAsset(page, 'overlays');
    await openDeck(page, 'mdx-deck', '#/1');
    await chunk.requested;
    await page.keyboard.press('g');
    await page.keyboard.type('10');
    await expectAt(page, 1);
    chunk.release();
    const input = page.getByRole('dialog', { name: 'Go to slide' }).getByRole('combobox', { name: 'Slide number or title' });
    await expect(input).toHaveValue('10');
    await expect(input).toBeFocused();
    await page.keyboard.press('Enter');
    await expectAt(page, 10);
    expect(errors).toEqual([]);
  });

  test('Esc while the dialog is still loading cancels it, and the deck keys work again', async ({ page }) => {
    const chunk = await holdAsset(page, 'overlays');
    await openDeck(page, 'mdx-deck', '#/1');
    await chunk.requested;
    await page.keyboard.press('g');
    await page.keyboard.press('Escape');
    await page.keyboard.press('ArrowRight');
    await expectAt(page, 2);
    chunk.release();
    await chunk.arrived;
    await page.evaluate(() => new Promise(requestAnimationFrame));
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await page.keyboard.press('ArrowRight');
    await expectAt(page, 2, 1);
  });

  test('is axe clean', async ({ page }) => {
    await openDeck(page, 'mdx-deck', '#/1');
    await page.keyboard.press('g');
    await page.keyboard.type('s');
    await expect(page.getByRole('option').first()).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
});

test.describe('help', () => {
  test('? lists every keymap entry, from the table itself; ? or Esc closes', async ({ page }) => {
    const errors = collectErrors(page);
    await openDeck(page, 'mdx-deck', '#/2');
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toHaveAttribute('aria-modal', 'true');
    const rows = dialog.locator('tbody tr');
    await expect(rows).toHaveCount(HELP_ROWS.length);
    for (const [index, binding] of HELP_ROWS.entries()) {
      await expect(rows.nth(index).getByRole('cell')).toHaveText([binding.label, binding.description]);
    }
    // Deck keys are off while the dialog is open.
    await page.keyboard.press('ArrowRight');
    await expectAt(page, 2, 0);
    await page.keyboard.press('?');
    await expect(dialog).toHaveCount(0);
    await page.keyboard.press('?');
    await expect(dialog).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    expect(await focusIsOnDeck(page)).toBe(true);
    await page.keyboard.press('ArrowRight');
    await expectAt(page, 2, 1);
    expect(errors).toEqual([]);
  });
});

test.describe('blank screen', () => {
  test('b and . toggle a black screen over the slide', async ({ page }) => {
    await openDeck(page, 'mdx-deck', '#/2');
    const blank = page.locator('.blank-screen');
    await expect(blank).toHaveCount(0);
    await page.keyboard.press('b');
    await expect(blank).toBeVisible();
    await expect(blank).toHaveCSS('background-color', 'rgb(0, 0, 0)');
    await page.keyboard.press('b');
    await expect(blank).toHaveCount(0);
    await page.keyboard.press('.');
    await expect(blank).toBeVisible();
    await page.keyboard.press('.');
    await expect(blank).toHaveCount(0);
  });
});
