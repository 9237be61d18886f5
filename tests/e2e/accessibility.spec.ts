import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './axe.ts';
import { deckState, openDeck, waitReady } from './deck-page.ts';

async function violations(page: Page, include?: string): Promise<string[]> {
  // Contrast of the settled view: a step still fading in reads as faint text.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getComputedTiming().iterations !== Infinity)
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
  return axeViolations(page, include);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`audience view: every slide axe clean (contrast included), ${colorScheme} theme`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.emulateMedia({ colorScheme });
    await openDeck(page, 'talk');
    const { slides } = await deckState(page);
    const found: string[] = [];
    for (let slide = 1; slide <= slides; slide++) {
      await page.evaluate((hash) => (location.hash = hash), `#/${slide}/99`);
      await expect(page.locator('[data-deck]')).toHaveAttribute('data-slide', String(slide));
      await waitReady(page);
      found.push(...(await violations(page)).map((violation) => `slide ${slide}: ${violation}`));
    }
    expect(found).toEqual([]);
  });
}

test('presenter view: axe clean on every slide (current, next, notes, clock)', async ({ page }) => {
  test.setTimeout(180_000);
  await openDeck(page, 'talk', '', '?mode=presenter');
  const { slides } = await deckState(page);
  const found: string[] = [];
  for (let slide = 1; slide <= slides; slide++) {
    await page.evaluate((hash) => (location.hash = hash), `#/${slide}`);
    await expect(page.locator('[data-deck]')).toHaveAttribute('data-slide', String(slide));
    await waitReady(page);
    found.push(...(await violations(page)).map((violation) => `slide ${slide}: ${violation}`));
  }
  expect(found).toEqual([]);
});

test('the axe check reports what it is there to find: an image without text, faint text, and faint text it can only measure from pixels', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await openDeck(page, 'talk', '#/2');
  await page.evaluate(() => {
    const title = document.querySelector('[data-slide-index="2"] h2')!;
    title.insertAdjacentHTML(
      'beforebegin',
      [
        '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="40" height="40">',
        '<p style="color:#777;background:#888">faint</p>',
        '<p id="on-gradient" style="color:#999;background:linear-gradient(90deg,#777,#888)">on a gradient</p>',
        '<p id="gradient-text" style="font-size:40px;color:transparent;background:linear-gradient(90deg,#aaa,#ccc);background-clip:text">gradient text</p>',
      ].join(''),
    );
  });
  const found = await violations(page);
  expect(found.map((violation) => violation.split(':')[0])).toEqual(expect.arrayContaining(['image-alt', 'color-contrast']));
  expect(found.find((violation) => violation.startsWith('color-contrast (measured from pixels)'))).toMatch(
    /#on-gradient 1\.\d+:1 < 3:1, #gradient-text [12]\.\d+:1 < 3:1/,
  );
});

// The chrome's colours follow the scheme too: the other views once in each.
for (const colorScheme of ['light', 'dark'] as const) {
  for (const mode of ['presenter', 'overview', 'print'] as const) {
    test(`${mode} view is axe clean, ${colorScheme} theme`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.emulateMedia({ colorScheme });
      await openDeck(page, 'talk', '#/12', `?mode=${mode}`);
      expect(await violations(page)).toEqual([]);
    });
  }
}

test('each slide is a labelled region with a heading, announced once per change', async ({ page }) => {
  await openDeck(page, 'talk');
  const { slides } = await deckState(page);
  const live = page.locator('[aria-live="polite"]');
  for (let slide = 1; slide <= slides; slide++) {
    if (slide > 1) await page.keyboard.press('Shift+ArrowRight');
    const region = page.locator(`section[data-slide-index="${slide}"]`);
    await expect(region).toHaveAttribute('aria-roledescription', 'slide');
    const label = await region.getAttribute('aria-label');
    expect(label).toMatch(new RegExp(`^${slide} of ${slides}: .+`));
    await expect(region.locator('h1, h2').first()).toBeVisible();
    await expect(live).toHaveText(`Slide ${slide} of ${slides}: ${label!.replace(/^\d+ of \d+: /, '')}`);
  }
  await expect(page.locator('[aria-live]')).toHaveCount(1);
});

test('focus is never lost to nothing while navigating by keyboard', async ({ page }) => {
  await openDeck(page, 'mdx-deck');
  for (let press = 0; press < 12; press++) {
    await page.keyboard.press(press % 3 === 2 ? 'ArrowLeft' : 'ArrowRight');
    const focused = await page.evaluate(() =>
      document.activeElement && document.activeElement !== document.documentElement ? document.activeElement.tagName : null,
    );
    expect(focused).not.toBeNull();
  }
  await page.keyboard.press('Tab');
  const tabbed = await page.evaluate(() => document.activeElement?.closest('[inert], [aria-hidden="true"]') === null);
  expect(tabbed).toBe(true);
});

test('prefers-reduced-motion removes transitions', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openDeck(page, 'mdx-deck', '#/2');
  const duration = await page
    .locator('[data-slide-index="2"] .step')
    .first()
    .evaluate((node) => getComputedStyle(node).transitionDuration);
  expect(duration).toBe('0s');
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await waitReady(page);
  const normal = await page
    .locator('[data-slide-index="2"] .step')
    .first()
    .evaluate((node) => getComputedStyle(node).transitionDuration);
  expect(normal).not.toBe('0s');
});

test('the built site makes no request outside its own origin during a full walk', async ({ page, baseURL }) => {
  const foreign: string[] = [];
  const origin = new URL(baseURL!).origin;
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== origin && !['data:', 'blob:'].includes(url.protocol)) foreign.push(request.url());
  });
  await openDeck(page, 'talk');
  const { slides } = await deckState(page);
  for (let slide = 1; slide < slides; slide++) await page.keyboard.press('Shift+ArrowRight');
  await expect(page.locator('[data-deck]')).toHaveAttribute('data-slide', String(slides));
  await waitReady(page);
  expect(foreign).toEqual([]);
});
