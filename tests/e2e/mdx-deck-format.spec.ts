import { expect, test } from '@playwright/test';
import { buildDeck } from './deck-cli.ts';
import { collectErrors, deckState, holdAsset, openDeck, waitReady } from './deck-page.ts';

test.describe('an unmodified mdx-deck deck', () => {
  test('builds into the same slides with notes hidden', async ({ page }) => {
    const errors = collectErrors(page);
    await openDeck(page, 'mdx-deck');
    expect((await deckState(page)).slides).toBe(10);
    await expect(page.getByText('These are notes for the first slide.')).toHaveCount(0);
    await expect(page).toHaveTitle('An mdx-deck deck');
    expect(errors).toEqual([]);
  });

  test('Header and Footer persist on every slide; theme colours apply', async ({ page }) => {
    for (const slide of [1, 6, 10]) {
      await openDeck(page, 'mdx-deck', `#/${slide}`);
      const current = page.locator(`[data-slide-index="${slide}"]`);
      await expect(current.locator('.deck-header')).toHaveText('mdx-deck fixture');
      await expect(current.locator('.deck-footer')).toHaveText('footer on every slide');
    }
    const background = await page.locator('[data-slide-index="10"] .frame').evaluate((frame) => getComputedStyle(frame).backgroundColor);
    expect(background).toBe('rgb(255, 253, 245)');
  });

  test('layouts: Split, SplitRight, Horizontal, Invert, FullScreenCode, Image', async ({ page }) => {
    await openDeck(page, 'mdx-deck', '#/4');
    const panes = page.locator('[data-slide-index="4"] .split-pane');
    await expect(panes).toHaveCount(2);
    await expect(panes.nth(1)).toContainText('Split');
    await openDeck(page, 'mdx-deck', '#/5');
    await expect(page.locator('[data-slide-index="5"] .split-pane').nth(0)).toContainText('Split right');
    await openDeck(page, 'mdx-deck', '#/7');
    const columns = await page
      .locator('[data-slide-index="7"] .layout-horizontal h2')
      .evaluateAll((nodes) => nodes.map((node) => node.getBoundingClientRect().x));
    expect(columns).toHaveLength(2);
    expect(columns[1]!).toBeGreaterThan(columns[0]! + 200);
    await openDeck(page, 'mdx-deck', '#/6');
    const inverted = await page.locator('[data-slide-index="6"] .layout-invert').evaluate((node) => getComputedStyle(node).backgroundColor);
    expect(inverted).toBe('rgb(34, 34, 34)');
    await openDeck(page, 'mdx-deck', '#/8');
    await expect(page.locator('[data-slide-index="8"] .layout-code pre')).toContainText('answer');
    await openDeck(page, 'mdx-deck', '#/9');
    await expect(page.locator('[data-slide-index="9"] .deck-image')).toHaveCount(1);
  });

  test('code is highlighted and local components work', async ({ page }) => {
    await openDeck(page, 'mdx-deck', '#/10');
    const slide = page.locator('[data-slide-index="10"]');
    await expect(slide.locator('pre code span').first()).toBeVisible();
    await slide.getByRole('button', { name: 'Count: 3' }).click();
    await expect(slide.getByRole('button', { name: 'Count: 4' })).toBeVisible();
    await waitReady(page);
  });
});

test.describe('an mdx-deck 2 deck', () => {
  test('a slide that exports a layout as its default is wrapped by it, and only that slide', async ({ page }) => {
    const errors = collectErrors(page);
    await openDeck(page, 'mdx-deck-v2', '#/2');
    const frame = await page.locator('[data-slide-index="2"] .frame').boundingBox();
    const invert = page.locator('[data-slide-index="2"] .layout-invert');
    await expect(invert).toContainText('Inverted by its own layout');
    // mdx-deck 2's Invert filled the window: here the whole slide, in the theme's colours swapped (future: #fff on #111).
    expect(await invert.boundingBox()).toMatchObject({ width: frame!.width, height: frame!.height });
    expect(await invert.evaluate((node) => getComputedStyle(node).backgroundColor)).toBe('rgb(255, 255, 255)');
    await openDeck(page, 'mdx-deck-v2', '#/3');
    await expect(page.locator('[data-slide-index="3"] [data-custom-layout]')).toContainText("A layout of the deck's own");
    for (const slide of [1, 4]) {
      await openDeck(page, 'mdx-deck-v2', `#/${slide}`);
      const current = page.locator(`[data-slide-index="${slide}"]`);
      await expect(current.locator('h1')).toBeVisible();
      await expect(current.locator('.layout-invert, [data-custom-layout]')).toHaveCount(0);
    }
    expect(errors).toEqual([]);
  });

  test("the theme's prism style colours fenced code, and a language it registers is highlighted", async ({ page }) => {
    await openDeck(page, 'mdx-deck-v2', '#/3');
    const pre = page.locator('[data-slide-index="3"] pre.code-block:not(.code-plain)');
    // okaidia's background and keyword colour, the Ruby grammar registered through `prism.languages`.
    expect(await pre.evaluate((node) => getComputedStyle(node).backgroundColor)).toBe('rgb(39, 40, 34)');
    const keyword = pre.locator('span:not([data-line])', { hasText: /^def$/ }).first();
    expect(await keyword.evaluate((node) => getComputedStyle(node).color)).toBe('rgb(102, 217, 239)');
  });

  test("while the highlighter loads, the plain code is already in the theme's colours, not ours first", async ({ page }) => {
    const highlighter = await holdAsset(page, 'highlighter');
    await page.goto('mdx-deck-v2/index.html#/3');
    const plain = page.locator('[data-slide-index="3"] pre.code-plain');
    await expect(plain).toBeVisible();
    expect(await plain.evaluate((node) => getComputedStyle(node).backgroundColor)).toBe('rgb(39, 40, 34)');
    // okaidia's text colour, not the theme's own for `code`.
    expect(await plain.locator('code').evaluate((node) => getComputedStyle(node).color)).toBe('rgb(248, 248, 242)');
    highlighter.release();
    await waitReady(page);
    await expect(plain).toHaveCount(0);
  });
});

test('a <Head> with a title on each of three slides: the page hydrates without an error', async ({ page }) => {
  const slide = (title: string) => `<Head>\n  <title>Talk</title>\n  <meta name="author" content="Me" />\n</Head>\n\n## ${title}\n`;
  const built = await buildDeck('heads', [slide('One'), slide('Two'), slide('Three')].join('\n---\n\n'));
  expect(built.status, built.stderr).toBe(0);
  const errors = collectErrors(page);
  await openDeck(page, 'heads');
  await expect(page).toHaveTitle('Talk');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('[data-slide-index="2"] h2')).toBeVisible();
  // React error #418 (a text node the server's HTML did not have where the client expected it) was one.
  expect(errors).toEqual([]);
});

test("mdx-deck 1's ```notes block is the speaker's, not shown on the slide", async ({ page }) => {
  const built = await buildDeck('notes-fence', '# Shown\n\n```notes\nOnly for the speaker\n\nA second line\n```\n');
  expect(built.status, built.stderr).toBe(0);
  await openDeck(page, 'notes-fence');
  await expect(page.locator('[data-slide-index="1"] h1')).toHaveText('Shown');
  await expect(page.locator('[data-slide-index="1"]')).not.toContainText('Only for the speaker');
  await openDeck(page, 'notes-fence', '', '?mode=presenter');
  const notes = page.getByRole('region', { name: /^Notes/ });
  await expect(notes.locator('p')).toHaveText(['Only for the speaker', 'A second line']);
});

test('a throwing component breaks only its own slide', async ({ page }) => {
  await openDeck(page, 'throwing');
  await page.keyboard.press('ArrowRight');
  const card = page.locator('[data-slide-index="2"] [data-slide-error="2"]');
  await expect(card).toBeVisible();
  await expect(card).toContainText('Boom: this component always throws');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('[data-deck]')).toHaveAttribute('data-slide', '3');
  await expect(page.locator('[data-slide-index="3"] h2')).toHaveText('After the bomb');
});
