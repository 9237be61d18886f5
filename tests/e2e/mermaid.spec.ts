import { expect, test } from '@playwright/test';
import { existsSync, readdirSync } from 'node:fs';
import { deckCli } from './deck-cli.ts';
import { delayIdleCallbacks, deckState, openDeck, waitReady } from './deck-page.ts';

test.describe('mermaid diagrams', () => {
  test.beforeAll(async () => {
    test.setTimeout(120_000);
    const result = await deckCli('build', 'tests/fixtures/mermaid/deck.mdx', '--out', '.e2e/mermaid');
    expect(result.status, result.stderr).toBe(0);
  });

  test('a deck without a diagram has no Mermaid in its build', () => {
    expect(existsSync('.e2e/mdx-deck/assets')).toBe(true);
    expect(readdirSync('.e2e/mdx-deck/assets').filter((file) => /mermaid|cytoscape|elk/i.test(file.replace(/-[\w-]{8}\.\w+$/, '')))).toEqual([]);
    expect(readdirSync('.e2e/mermaid/assets').some((file) => /^render-mermaid-/.test(file))).toBe(true);
  });

  test('a mermaid fence is an SVG, loaded only when its slide is near, before data-ready', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    // No idle time: only the slide shown is mounted, as on a first visit before the deck warms.
    await delayIdleCallbacks(page);
    await openDeck(page, 'mermaid', '#/1');
    expect(requests.filter((url) => /render-mermaid/.test(url))).toEqual([]);

    await page.keyboard.press('ArrowRight');
    expect(await deckState(page)).toMatchObject({ slide: 2 });
    await waitReady(page);
    // Ready means drawn: the SVG is there the moment data-ready is.
    const diagram = page.locator('[data-slide-index="2"] .mermaid-diagram');
    await expect(diagram.locator('svg')).toHaveCount(1, { timeout: 1 });
    await expect(diagram).toHaveAttribute('role', 'img');
    await expect(diagram).toHaveAttribute('aria-label', 'Sources flow into the warehouse');
    await expect(diagram.locator('svg')).toContainText('Warehouse');
    expect(requests.some((url) => /render-mermaid/.test(url))).toBe(true);
    expect(requests.every((url) => url.startsWith('http://127.0.0.1'))).toBe(true);
    expect(errors).toEqual([]);
  });

  test('follows the theme, light and dark', async ({ page }) => {
    const fills: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await openDeck(page, 'mermaid', '#/2');
      const node = page.locator('[data-slide-index="2"] .mermaid-diagram .node rect').first();
      fills.push(await node.evaluate((rect) => getComputedStyle(rect).fill));
    }
    expect(fills[0]).not.toBe(fills[1]);
    await page.screenshot({ path: test.info().outputPath('dark.png') });
  });

  test('a syntax error breaks only its own slide, with Mermaid’s message', async ({ page }) => {
    await openDeck(page, 'mermaid', '#/4');
    const card = page.locator('[data-slide-error="4"]');
    await expect(card).toContainText('This Mermaid diagram has an error');
    await expect(card).toContainText('Parse error on line 3');
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('[data-slide-index="5"] h2')).toHaveText('After the broken one');
    await expect(page.locator('[data-slide-index="5"] [data-slide-error]')).toHaveCount(0);
  });

  test('prints every diagram before the print view is ready', async ({ page }) => {
    await openDeck(page, 'mermaid', '', '?mode=print');
    await expect(page.locator('[data-print-pages] .mermaid-diagram svg')).toHaveCount(2, { timeout: 1 });
    await expect(page.locator('[data-print-pages] [data-slide-error="4"]')).toHaveCount(1);
  });
});
