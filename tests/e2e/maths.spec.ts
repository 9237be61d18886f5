import { expect, test } from '@playwright/test';
import { deckCli } from './deck-cli.ts';
import { openDeck } from './deck-page.ts';

test.describe('maths', () => {
  test.beforeAll(async () => {
    test.setTimeout(120_000);
    const result = await deckCli('build', 'tests/fixtures/maths/deck.mdx', '--out', '.e2e/maths');
    expect(result.status, result.stderr).toBe(0);
    // Bad TeX builds, and the build names where it is.
    expect(result.stderr).toMatch(/maths\/deck\.mdx:25:1: Could not render math with KaTeX: KaTeX parse error/);
  });

  test('$…$ and $$…$$ are rendered at build time, with KaTeX fonts from the site and no KaTeX script', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await openDeck(page, 'maths', '#/1');
    const slide = page.locator('[data-slide-index="1"]');
    await expect(slide.locator('p .katex')).toHaveCount(1);
    await expect(slide.locator('.katex-display')).toHaveCount(1);
    // MathML for screen readers, the HTML rendering for the eye.
    await expect(slide.locator('.katex-display math annotation')).toHaveText(/\\sum_\{k=1\}\^\{n\} k = \\frac\{n\(n\+1\)\}\{2\}/);
    // The CSS is there: KaTeX's HTML is laid out (a fraction line has a height), its MathML hidden.
    const hidden = await slide.locator('.katex-display .katex-mathml').evaluate((element) => getComputedStyle(element).position);
    expect(hidden).toBe('absolute');
    expect(await page.evaluate(() => document.fonts.check('16px KaTeX_Main'))).toBe(true);
    expect(requests.filter((url) => /katex/i.test(url) && url.endsWith('.js'))).toEqual([]);
    expect(requests.filter((url) => /KaTeX_.*\.woff2$/.test(url)).length).toBeGreaterThan(0);
    expect(requests.every((url) => url.startsWith('http://127.0.0.1'))).toBe(true);
    expect(errors).toEqual([]);
  });

  test('dollars in prices and prompts stay text', async ({ page }) => {
    await openDeck(page, 'maths', '#/2');
    const slide = page.locator('[data-slide-index="2"]');
    await expect(slide).toContainText('It costs $5 and $10, or $5/$10 a month.');
    await expect(slide).toContainText('type $ deck dev at the prompt');
    await expect(slide.locator('.katex')).toHaveCount(0);
  });

  test('bad TeX shows in red in its place; the rest of the slide stays', async ({ page }) => {
    await openDeck(page, 'maths', '#/3');
    const slide = page.locator('[data-slide-index="3"]');
    await expect(slide.locator('.katex-error')).toHaveCount(2);
    await expect(slide).toContainText('show as errors; the rest of the slide stays.');
  });

  test('maths prints', async ({ page }) => {
    await openDeck(page, 'maths', '', '?mode=print');
    await expect(page.locator('[data-print-pages] .katex-display')).toHaveCount(1);
  });
});
