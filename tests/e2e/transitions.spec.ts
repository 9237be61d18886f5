import { expect, test, type Page } from '@playwright/test';
import { buildDeck } from './deck-cli.ts';
import { deckState, openDeck, waitReady } from './deck-page.ts';

const slides = (transition: string) =>
  `export const meta = { title: 'Transitions', transition: '${transition}' }\n\n# One\n\n---\n\n## Two\n\n---\n\n## Three\n`;

/** The animations running on slide frames, as `slide-index:animation-name`. */
function frameAnimations(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    document
      .getAnimations()
      .filter((animation) => animation.playState === 'running')
      .map((animation) => {
        const target = (animation.effect as KeyframeEffect | null)?.target as HTMLElement | null;
        return `${target?.closest('[data-slide-index]')?.getAttribute('data-slide-index')}:${(animation as CSSAnimation).animationName}`;
      }),
  );
}

test.describe('slide transitions', () => {
  test.beforeAll(async () => {
    test.setTimeout(120_000);
    for (const name of ['fade', 'slide']) {
      const result = await buildDeck(`transition-${name}`, slides(name));
      expect(result.status, result.stderr).toBe(0);
    }
    const typo = await buildDeck('transition-typo', slides('zoom'));
    expect(typo.stderr).toContain(`meta.transition is "zoom", not one of 'fade', 'slide', 'none'`);
  });

  test('fade: none on first paint, then the slides cross-fade without holding back data-ready', async ({ page }) => {
    await openDeck(page, 'transition-fade', '#/1');
    expect(await frameAnimations(page)).toEqual([]);
    // Slide 2 mounted ahead (once the page has been idle), as when presenting: the move loads nothing.
    await expect(page.locator('[data-slide-index="2"]')).toBeAttached({ timeout: 15_000 });
    await waitReady(page);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => frameAnimations(page), { intervals: [20] }).toEqual(expect.arrayContaining(['2:deck-fade-in', '1:deck-fade-out']));
    // Ready while the fade still runs: exporters and tests never wait for a transition.
    expect(await page.evaluate(() => document.documentElement.dataset.ready)).toBe('true');
    expect(await deckState(page)).toMatchObject({ slide: 2 });
    await expect.poll(() => frameAnimations(page)).toEqual([]);
    // The slide left behind ends transparent and hidden from everyone.
    await expect(page.locator('[data-slide-index="1"]')).toHaveAttribute('aria-hidden', 'true');
    expect(await page.locator('[data-slide-index="1"] > .frame').evaluate((frame) => getComputedStyle(frame).opacity)).toBe('0');
  });

  test('slide: the next slide pushes in from the right, the previous one from the left', async ({ page }) => {
    await openDeck(page, 'transition-slide', '#/2');
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('.stage')).toHaveAttribute('data-direction', 'forward');
    await expect.poll(() => frameAnimations(page), { intervals: [20] }).toEqual(expect.arrayContaining(['3:deck-enter-from-right', '2:deck-leave-to-left']));
    await page.keyboard.press('ArrowLeft');
    await expect(page.locator('.stage')).toHaveAttribute('data-direction', 'back');
    await expect.poll(() => frameAnimations(page), { intervals: [20] }).toEqual(expect.arrayContaining(['2:deck-enter-from-left', '3:deck-leave-to-right']));
    // Halfway, for a person to look at: both frames in view, each clipped to the slide's box.
    await page.evaluate(() => document.getAnimations().forEach((animation) => (animation.pause(), (animation.currentTime = 200))));
    await page.screenshot({ path: test.info().outputPath('halfway.png') });
  });

  test('reduced motion always means none', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openDeck(page, 'transition-slide', '#/1');
    await page.keyboard.press('ArrowRight');
    expect(await frameAnimations(page)).toEqual([]);
    await expect(page.locator('[data-slide-index="1"]')).toBeHidden();
    await expect(page.locator('[data-slide-index="2"]')).toBeVisible();
  });

  test('the print view prints every slide, none moving', async ({ page }) => {
    await openDeck(page, 'transition-fade', '', '?mode=print');
    await waitReady(page);
    await expect(page.locator('[data-print-pages] [data-slide-index]')).toHaveCount(3);
    expect(await frameAnimations(page)).toEqual([]);
  });

  test('a deck without one changes slides at once', async ({ page }) => {
    await openDeck(page, 'mdx-deck', '#/1');
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('.stage')).not.toHaveAttribute('data-transition', /./);
    expect(await frameAnimations(page)).toEqual([]);
  });
});
