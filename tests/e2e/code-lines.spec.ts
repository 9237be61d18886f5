import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { deckCli } from './deck-cli.ts';
import { deckState, holdAsset, openDeck, waitReady } from './deck-page.ts';

/** The numbers of the highlighted lines of the fence on slide `slide`. */
function highlighted(page: Page, slide: number): Promise<number[]> {
  return page
    .locator(`[data-slide-index="${slide}"] [data-line][data-highlighted]`)
    .evaluateAll((lines) => lines.map((line) => Number(line.getAttribute('data-line'))));
}

test.describe('code fence line highlights', () => {
  test.beforeAll(async () => {
    test.setTimeout(120_000);
    const result = await deckCli('build', 'tests/fixtures/code-lines/deck.mdx', '--out', '.e2e/code-lines');
    expect(result.status, result.stderr).toBe(0);
    // A group the build cannot read is dropped with one warning naming the fence.
    expect(result.stderr).toMatch(/code-lines\/deck\.mdx:33:1: code fence: line group "x-y" is not N, N-M.*ignored/);
  });

  test('{1|3-4|all}: one position per group, stepping moves the highlight; line numbers and title show', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await openDeck(page, 'code-lines', '#/1');
    expect(await deckState(page)).toMatchObject({ slide: 1, step: 0, steps: 3 });
    const slide = page.locator('[data-slide-index="1"]');
    await expect(slide.locator('[data-line]')).toHaveCount(6);
    await expect(slide.locator('figcaption')).toHaveText('app.ts');
    await expect(slide.locator('pre[data-line-numbers] .token').first()).toBeVisible();
    expect(await slide.locator('[data-line="3"]').evaluate((line) => getComputedStyle(line, '::before').content)).toBe('"3"');
    expect(await highlighted(page, 1)).toEqual([1]);
    expect(Number(await slide.locator('[data-line="2"]').evaluate((line) => getComputedStyle(line).opacity))).toBeGreaterThanOrEqual(0.5);
    await page.screenshot({ path: '/tmp/lines-step0.png' });

    await page.keyboard.press('ArrowRight');
    await expect(page.locator('[data-deck]')).toHaveAttribute('data-step', '1');
    expect(await highlighted(page, 1)).toEqual([3, 4]);
    await page.screenshot({ path: '/tmp/lines-step1.png' });
    await page.keyboard.press('ArrowRight');
    expect(await highlighted(page, 1)).toEqual([1, 2, 3, 4, 5, 6]);
    await page.keyboard.press('ArrowRight');
    expect(await deckState(page)).toMatchObject({ slide: 2, step: 0 });
    expect(errors).toEqual([]);
  });

  test('a fence after a step list starts its groups where the list ends', async ({ page }) => {
    await openDeck(page, 'code-lines', '#/2/0');
    expect(await deckState(page)).toMatchObject({ steps: 4 });
    for (const [step, lines] of [
      [0, [2]],
      [2, [2]],
      [3, [1, 3]],
    ] as const) {
      await page.evaluate((hash) => (location.hash = hash), `#/2/${step}`);
      await expect(page.locator('[data-deck]')).toHaveAttribute('data-step', String(step));
      expect(await highlighted(page, 2)).toEqual(lines);
    }
  });

  test('a bad group is ignored: the good one stays, the slide has no extra step', async ({ page }) => {
    await openDeck(page, 'code-lines', '#/3');
    expect(await deckState(page)).toMatchObject({ steps: 1 });
    expect(await highlighted(page, 3)).toEqual([2]);
  });

  test('lines are [data-line] in the plain code too, before the highlighter arrives', async ({ page }) => {
    const highlighter = await holdAsset(page, 'highlighter');
    await page.goto('code-lines/index.html#/1/1');
    await expect(page.locator('[data-slide-index="1"] pre.code-plain [data-line]')).toHaveCount(6);
    expect(await highlighted(page, 1)).toEqual([3, 4]);
    highlighter.release();
    await waitReady(page);
    await expect(page.locator('[data-slide-index="1"] pre.code-plain')).toHaveCount(0);
    expect(await highlighted(page, 1)).toEqual([3, 4]);
  });

  test('print shows the last group; &steps=1 one page per group', async ({ page }) => {
    await openDeck(page, 'code-lines', '', '?mode=print');
    const pages = page.locator('[data-print-page^="slide-1"]');
    await expect(pages).toHaveCount(1);
    await expect(pages.locator('[data-line][data-highlighted]')).toHaveCount(6);
    await openDeck(page, 'code-lines', '', '?mode=print&steps=1');
    const steps = page.locator('[data-print-page^="slide-1"]');
    await expect(steps).toHaveCount(3);
    await expect(steps.nth(0).locator('[data-highlighted]')).toHaveCount(1);
    await expect(steps.nth(1).locator('[data-highlighted]')).toHaveCount(2);
    await expect(steps.nth(2).locator('[data-highlighted]')).toHaveCount(6);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`dimmed lines stay readable: axe clean with highlights, ${colorScheme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      // The printed steps: in the audience view the input layers over the slide keep axe from measuring any contrast.
      await openDeck(page, 'code-lines', '', '?mode=print&steps=1');
      const step = '[data-print-page^="slide-1"]:nth-child(1)';
      await expect(page.locator(`${step} [data-line="2"]`)).toHaveCSS('opacity', '0.6');
      const results = await new AxeBuilder({ page }).include(step).analyze();
      const unsure = results.incomplete
        .filter((result) => result.id === 'color-contrast')
        .flatMap((result) => result.nodes.map((node) => node.target.join(' ')));
      expect(unsure).toEqual([]);
      const measured = results.passes.filter((result) => result.id === 'color-contrast').flatMap((result) => result.nodes.map((node) => node.target.join(' ')));
      expect(measured.filter((target) => /data-line="2"|data-line="6"/.test(target)).length).toBeGreaterThan(0);
      expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
});
