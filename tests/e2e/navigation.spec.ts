import { expect, test } from '@playwright/test';
import { collectErrors, deckState, delayIdleCallbacks, expectAt, holdAsset, openDeck } from './deck-page.ts';

test.describe('navigation (audience view)', () => {
  test('walks every slide and step by key and back again', async ({ page }) => {
    const errors = collectErrors(page);
    await openDeck(page, 'mdx-deck');
    const { slides } = await deckState(page);
    expect(slides).toBe(10);
    const visited: string[] = [];
    for (let guard = 0; guard < 100; guard++) {
      const state = await deckState(page);
      visited.push(`${state.slide}/${state.step}`);
      await expect(page.locator(`[data-slide-index="${state.slide}"]`)).toBeVisible();
      if (state.slide === slides && state.step === state.steps - 1) break;
      await page.keyboard.press('ArrowRight');
      await expect.poll(async () => `${(await deckState(page)).slide}/${(await deckState(page)).step}`).not.toBe(visited.at(-1));
    }
    expect(visited[0]).toBe('1/0');
    expect(visited).toContain('2/3');
    expect(visited).toContain('3/2');
    expect(visited.at(-1)).toBe(`${slides}/0`);
    expect(new Set(visited).size).toBe(visited.length);
    for (let i = visited.length - 1; i > 0; i--) await page.keyboard.press('ArrowLeft');
    await expectAt(page, 1, 0);
    expect(errors).toEqual([]);
  });

  test('other keys: Space, Shift+arrows skip steps, Home/End, digits then Enter', async ({ page }) => {
    await openDeck(page, 'mdx-deck', '#/2');
    await page.keyboard.press('Space');
    await expectAt(page, 2, 1);
    await page.keyboard.press('Shift+ArrowRight');
    await expectAt(page, 3, 0);
    await page.keyboard.press('Shift+ArrowLeft');
    await expectAt(page, 2, 0);
    await page.keyboard.press('End');
    await expectAt(page, 10, 0);
    await page.keyboard.press('Home');
    await expectAt(page, 1, 0);
    await page.keyboard.type('7');
    await page.keyboard.press('Enter');
    await expectAt(page, 7, 0);
    await page.keyboard.press('PageUp');
    await expectAt(page, 6, 0);
  });

  test('deep links, reload, clamping and history', async ({ page }) => {
    await openDeck(page, 'mdx-deck', '#/2/2');
    await expectAt(page, 2, 2);
    await expect(page.locator('[data-slide-index="2"] li').nth(1)).toBeVisible();
    await expect(page.locator('[data-slide-index="2"] li').nth(2)).toBeHidden();
    await page.reload();
    await expectAt(page, 2, 2);

    await page.goto('mdx-deck/index.html#/999');
    await expectAt(page, 10, 0);
    await page.goto('mdx-deck/index.html#/banana/xyz');
    await expectAt(page, 1, 0);
    await page.goto('mdx-deck/index.html#/3/99');
    await expectAt(page, 3, 2);

    await page.goto('mdx-deck/index.html#/4');
    await expectAt(page, 4);
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Shift+ArrowRight');
    await expectAt(page, 6);
    await expect(page).toHaveURL(/#\/6$/);
    await page.goBack();
    await expectAt(page, 5);
    await page.goBack();
    await expectAt(page, 4);
    await page.goForward();
    await expectAt(page, 5);
  });

  test('a reload right after a press comes back to the new slide, though the URL was not written yet', async ({ page }) => {
    // The hash is written once the browser is idle after the frame; hold that off.
    await delayIdleCallbacks(page);
    await openDeck(page, 'mdx-deck', '#/4');
    await page.keyboard.press('Shift+ArrowRight');
    await expectAt(page, 5);
    await expect(page).toHaveURL(/#\/4$/);
    await page.reload();
    await expectAt(page, 5);
    await expect(page).toHaveURL(/#\/5$/);
    // Used once: a link to slide 4 later is taken as it is.
    await page.goto('about:blank');
    await page.goto('mdx-deck/index.html#/4');
    await expectAt(page, 4);
  });

  test('click on the right and left thirds steps', async ({ page }) => {
    await openDeck(page, 'mdx-deck', '#/2');
    await page.mouse.click(1100, 360);
    await expectAt(page, 2, 1);
    await page.mouse.click(150, 360);
    await expectAt(page, 2, 0);
    await page.mouse.click(640, 360);
    await expectAt(page, 2, 0);
  });

  test('swipes step on a touch screen', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 844, height: 390 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await openDeck(page, 'mdx-deck', '#/3');
    const swipe = async (from: number, to: number) => {
      await page.locator('.stage').evaluate(
        (stage, [x0, x1]) => {
          const touch = (x: number) => new Touch({ identifier: 1, target: stage, clientX: x, clientY: 200 });
          stage.dispatchEvent(new TouchEvent('touchstart', { touches: [touch(x0!)], changedTouches: [touch(x0!)], bubbles: true }));
          stage.dispatchEvent(new TouchEvent('touchend', { touches: [], changedTouches: [touch(x1!)], bubbles: true }));
        },
        [from, to],
      );
    };
    await swipe(700, 200);
    await expectAt(page, 3, 1);
    await swipe(200, 700);
    await expectAt(page, 3, 0);
    await context.close();
  });

  test('a hash set while the deck is still starting (slide 1 painted, its module loading) is followed', async ({ page }) => {
    // Hold the slide modules, so the app has chosen to hydrate slide 1 when the hash changes.
    const slideModules = await holdAsset(page, 'deck');
    await page.goto('mdx-deck/index.html#/1');
    await slideModules.requested;
    await page.evaluate(() => (location.hash = '#/3'));
    const entries = await page.evaluate(() => history.length);
    slideModules.release();
    await expectAt(page, 3);
    await expect(page).toHaveURL(/#\/3$/);
    // Following the URL adds no history entry: writing slide 1 back (then 3 again) is how a hash change still in
    // flight, like a test's page.goto('#/2'), used to be undone.
    expect(await page.evaluate(() => history.length)).toBe(entries);
  });

  test('only the current slide and its neighbours are mounted', async ({ page }) => {
    await openDeck(page, 'mdx-deck', '#/5');
    // The neighbours mount once the deck is warm, after it first says it is ready (what is on screen comes first).
    await expect(page.locator('[data-slide-index]')).toHaveCount(3);
    const mounted = await page.locator('[data-slide-index]').evaluateAll((nodes) => nodes.map((node) => Number(node.getAttribute('data-slide-index'))));
    expect(mounted.sort((a, b) => a - b)).toEqual([4, 5, 6]);
    // Neighbours are laid out but hidden: from the eye (and from the largest-contentful-paint count), from assistive
    // technology and from the pointer.
    const neighbour = page.locator('[data-slide-index="4"]');
    await expect(neighbour).toBeHidden();
    await expect(neighbour).toHaveAttribute('aria-hidden', 'true');
    expect(await neighbour.evaluate((node) => (node as HTMLElement).inert)).toBe(true);
    expect(await page.evaluate(() => document.elementFromPoint(640, 360)?.closest('[data-slide-index]')?.getAttribute('data-slide-index'))).toBe('5');
    await expect(page.locator('[data-slide-index="5"]')).toBeVisible();
  });

  test('the frame scales to fit and letterboxes', async ({ page }) => {
    await page.setViewportSize({ width: 1000, height: 1000 });
    await openDeck(page, 'mdx-deck');
    const box = await page.locator('[data-slide-index="1"] .frame').boundingBox();
    expect(box!.width).toBeCloseTo(1000, 0);
    expect(box!.height).toBeCloseTo(562.5, 0);
    expect(box!.y).toBeCloseTo((1000 - 562.5) / 2, 0);
  });

  test('announces the slide in a polite live region', async ({ page }) => {
    await openDeck(page, 'mdx-deck');
    const live = page.locator('[aria-live="polite"]');
    await expect(live).toHaveText('Slide 1 of 10: Hello mdx-deck');
    await page.keyboard.press('Shift+ArrowRight');
    await expect(live).toHaveText('Slide 2 of 10: Steps');
    await expect(page.locator('section[data-slide-index="2"]')).toHaveAttribute('aria-label', /Steps/);
  });
});
