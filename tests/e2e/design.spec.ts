import { expect, test, type Page } from '@playwright/test';
import { deckState, openDeck, waitReady } from './deck-page.ts';
import { contrast as contrastOf, type Rgb } from '../../src/styles/contrast.ts';

/** The review slides, each with its verdict badge; the seed rates neither 35 nor 38. */
const VERDICTS: Record<number, string> = {
  32: 'gentle',
  33: 'middle',
  34: 'middle',
  35: 'not-rated',
  36: 'hardcore',
  37: 'middle',
  38: 'not-rated',
  39: 'hardcore',
  40: 'hardcore',
};

/** Shows slide `n` fully built and waits until what is on screen has settled. */
async function show(page: Page, n: number): Promise<void> {
  await page.evaluate((hash) => (location.hash = hash), `#/${n}/99`);
  await expect(page.locator('[data-deck]')).toHaveAttribute('data-slide', String(n));
  await expect(page.locator(`[data-slide-index="${n}"] .slide-loading, [data-slide-index="${n}"] [aria-busy="true"]`)).toHaveCount(0);
  await waitReady(page);
}

/** Every slide's number and `data-layout`. */
async function layouts(page: Page): Promise<Map<number, string | null>> {
  const { slides } = await deckState(page);
  const found = new Map<number, string | null>();
  for (let n = 1; n <= slides; n++) {
    await show(page, n);
    found.set(n, await page.locator(`[data-slide-index="${n}"]`).getAttribute('data-layout'));
  }
  return found;
}

/**
 * Text the audience sees on the current slide smaller than allowed, in slide px (CSS px of the 1280×720 frame, the
 * frame's scale aside): 24 px, or 20 px for footnotes and diagram item labels.
 */
async function smallText(page: Page, n: number): Promise<string[]> {
  return page.locator(`[data-slide-index="${n}"] .frame`).evaluate((frame) => {
    const found: string[] = [];
    const walker = document.createTreeWalker(frame, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim();
      const element = node.parentElement;
      if (!text || !element || element.closest('.sr-only')) continue;
      const style = getComputedStyle(element);
      const rect = element.getBoundingClientRect();
      if (style.visibility !== 'visible' || rect.width <= 1 || rect.height <= 1 || element.checkVisibility?.({ opacityProperty: true }) === false) continue;
      const floor = element.closest('.scorecard-footnote, [data-layer-item]') ? 20 : 24;
      const size = parseFloat(style.fontSize);
      if (size < floor) found.push(`"${text.slice(0, 40)}" at ${size}px (floor ${floor})`);
    }
    return found;
  });
}

/** WCAG contrast of two computed `rgb(…)` colours. */
function contrast(a: string, b: string): number {
  const channels = (colour: string) =>
    colour
      .match(/[\d.]+/g)!
      .slice(0, 3)
      .map(Number) as Rgb;
  return contrastOf(channels(a), channels(b));
}

test.describe('the talk’s design', () => {
  test('every slide names its archetype, and the talk uses each of them', async ({ page }) => {
    test.setTimeout(120_000);
    await openDeck(page, 'talk');
    const found = await layouts(page);
    expect([...found.values()].every((layout) => layout && layout.length > 0)).toBe(true);
    expect(found.get(1)).toBe('title');
    expect(found.get(15)).toBe('statement');
    expect(found.get(21)).toBe('divider');
    expect(found.get(31)).toBe('divider');
    expect(found.get(12)).toBe('diagram');
    expect(found.get(2)).toBe('content');
    expect(found.get(found.size)).toBe('closing');
  });

  test('the title sits at one height on every content and diagram slide, at 1280×720 and 1024×768', async ({ page }) => {
    test.setTimeout(180_000);
    for (const viewport of [
      { width: 1280, height: 720 },
      { width: 1024, height: 768 },
    ]) {
      await page.setViewportSize(viewport);
      await openDeck(page, 'talk');
      const { slides } = await deckState(page);
      const tops = new Map<number, number>();
      for (let n = 1; n <= slides; n++) {
        await show(page, n);
        const section = page.locator(`[data-slide-index="${n}"]`);
        const layout = await section.getAttribute('data-layout');
        if (layout !== 'content' && layout !== 'diagram') continue;
        tops.set(
          n,
          await section.evaluate((element) => {
            const frame = element.querySelector('.frame')!;
            const scale = frame.getBoundingClientRect().width / 1280;
            const heading = element.querySelector('h2, h1')!;
            return Math.round((heading.getBoundingClientRect().top - frame.getBoundingClientRect().top) / scale);
          }),
        );
      }
      expect(tops.size, 'content slides').toBeGreaterThan(20);
      expect(new Set(tops.values()), JSON.stringify(Object.fromEntries(tops))).toEqual(new Set([tops.values().next().value]));
    }
  });

  test('diagram headers share one size; items and headers read from the back', async ({ page }) => {
    test.setTimeout(120_000);
    await openDeck(page, 'talk');
    const { slides } = await deckState(page);
    const sizes = new Set<string>();
    let diagrams = 0;
    for (let n = 1; n <= slides; n++) {
      await show(page, n);
      const figure = page.locator(`[data-slide-index="${n}"] [data-diagram]`);
      if ((await figure.count()) === 0) continue;
      diagrams++;
      const found = await figure.evaluate((element) => ({
        titles: [...element.querySelectorAll('[data-layer-title]')].map((title) => getComputedStyle(title).fontSize),
        items: [...element.querySelectorAll('[data-layer-item]')].map((item) => parseFloat(getComputedStyle(item).fontSize)),
        layers: element.querySelectorAll('[data-layer]').length,
        // A label that wants more room than its box would be clipped or spill over its neighbour.
        spilled: [...element.querySelectorAll<HTMLElement>('[data-layer-title], [data-layer-item], .arch-band')]
          .filter(
            (box) =>
              box.scrollWidth > box.clientWidth + 1 ||
              box.getBoundingClientRect().right > box.closest('[data-layer], .arch-canvas')!.getBoundingClientRect().right + 1,
          )
          .map((box) => box.textContent),
      }));
      expect(found.titles.length, `slide ${n}`).toBe(found.layers);
      for (const size of found.titles) sizes.add(size);
      expect(Math.min(...found.items), `slide ${n}`).toBeGreaterThanOrEqual(20);
      expect(found.spilled, `slide ${n}`).toEqual([]);
    }
    expect(diagrams).toBe(15);
    expect(sizes.size, [...sizes].join(', ')).toBe(1);
    expect(parseFloat([...sizes][0]!)).toBeGreaterThanOrEqual(24);
  });

  test('no audience text under 24 px (20 px for footnotes and diagram items) on any slide, fully built', async ({ page }) => {
    test.setTimeout(120_000);
    await openDeck(page, 'talk');
    const { slides } = await deckState(page);
    const found: string[] = [];
    for (let n = 1; n <= slides; n++) {
      await show(page, n);
      found.push(...(await smallText(page, n)).map((problem) => `slide ${n}: ${problem}`));
    }
    expect(found).toEqual([]);
  });

  test('every review slide carries its scale verdict as a badge; 35 and 38 say "not rated"', async ({ page }) => {
    await openDeck(page, 'talk');
    for (const [n, verdict] of Object.entries(VERDICTS)) {
      await show(page, Number(n));
      const badge = page.locator(`[data-slide-index="${n}"] [data-verdict]`);
      await expect(badge, `slide ${n}`).toHaveAttribute('data-verdict', verdict);
      await expect(badge).toBeVisible();
      if (verdict === 'not-rated') await expect(badge).toContainText('not rated');
      else await expect(badge).toHaveAttribute('aria-label', new RegExp(verdict, 'i'));
    }
  });

  test('dark theme: a diagram item box stands at least 3:1 off its layer, its label 4.5:1 off the box', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await openDeck(page, 'talk', '#/12/99');
    await waitReady(page);
    const colours = await page.locator('[data-slide-index="12"] [data-layer="source"]').evaluate((layer) => {
      const item = layer.querySelector('[data-layer-item]')!;
      return { layer: getComputedStyle(layer).backgroundColor, item: getComputedStyle(item).backgroundColor, text: getComputedStyle(item).color };
    });
    expect(contrast(colours.item, colours.layer)).toBeGreaterThanOrEqual(3);
    expect(contrast(colours.text, colours.item)).toBeGreaterThanOrEqual(4.5);
  });

  test('the title slide names the speaker, and the closing slide thanks, asks for questions and carries a QR code', async ({ page }) => {
    await openDeck(page, 'talk');
    const title = page.locator('[data-slide-index="1"]');
    await expect(title).toContainText('Dmitry Anoshin');
    await expect(title).toContainText('@rockyourdata');
    const { slides } = await deckState(page);
    await show(page, slides);
    const closing = page.locator(`[data-slide-index="${slides}"]`);
    await expect(closing.locator('h2')).toHaveText('Thank you!');
    await expect(closing).toContainText('Questions?');
    await expect(closing).toContainText('@rockyourdata');
    const qr = closing.getByRole('img', { name: /^QR code: https?:\/\// });
    await expect(qr).toBeVisible();
    expect(await qr.locator('path').getAttribute('d')).toMatch(/^M\d/);
  });
});

test.describe('on stage', () => {
  test('letterbox bars are black in the light theme too', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 1024, height: 768 });
    await openDeck(page, 'talk');
    expect(await page.locator('.stage').evaluate((stage) => getComputedStyle(stage).backgroundColor)).toBe('rgb(0, 0, 0)');
  });

  test('the pointer hides after resting 2 s on the slide and comes back when moved', async ({ page }) => {
    await openDeck(page, 'talk');
    const cursor = () => page.locator('.stage .slide-current .frame').evaluate((frame) => getComputedStyle(frame).cursor);
    await page.mouse.move(600, 300);
    await page.mouse.move(640, 360);
    expect(await cursor()).not.toBe('none');
    await expect.poll(cursor, { timeout: 4_000 }).toBe('none');
    await page.mouse.move(700, 400);
    expect(await cursor()).not.toBe('none');
  });

  test('t steps the theme auto → light → dark → auto, and the choice survives a reload', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await openDeck(page, 'talk', '#/12');
    const html = page.locator('html');
    const background = () => page.locator('[data-slide-index="12"] .frame').evaluate((frame) => getComputedStyle(frame).backgroundColor);
    const dark = await background();
    await page.keyboard.press('t');
    await expect(html).toHaveAttribute('data-theme', 'light');
    expect(await background()).not.toBe(dark);
    await page.reload();
    await waitReady(page);
    await expect(html).toHaveAttribute('data-theme', 'light');
    await page.keyboard.press('t');
    await expect(html).toHaveAttribute('data-theme', 'dark');
    await page.keyboard.press('t');
    await expect(html).not.toHaveAttribute('data-theme', /./);
    expect(await background()).toBe(dark);
  });

  test('the help dialog offers the theme, and no key chip breaks over two lines', async ({ page }) => {
    await openDeck(page, 'talk');
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(dialog).toBeVisible();
    const broken = await dialog.locator('kbd').evaluateAll((chips) => chips.filter((chip) => chip.getClientRects().length > 1).map((chip) => chip.textContent));
    expect(broken).toEqual([]);
    await dialog.getByRole('radio', { name: 'Dark' }).check();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  });

  test('the go-to dialog stays put when matches appear', async ({ page }) => {
    await openDeck(page, 'talk');
    await page.keyboard.press('g');
    const dialog = page.getByRole('dialog', { name: 'Go to slide' });
    await expect(dialog).toBeVisible();
    const top = async () => (await dialog.boundingBox())!.y;
    const before = await top();
    await page.keyboard.type('Data');
    await expect(dialog.getByRole('option').first()).toBeVisible();
    expect(await top()).toBe(before);
  });

  test('the presenter view gives the current slide two thirds of the width and leaves no empty block beside it', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await openDeck(page, 'talk', '#/12', '?mode=presenter');
    const box = async (selector: string) => (await page.locator(selector).boundingBox())!;
    const current = await box('.presenter-current .frame');
    const next = await box('.presenter-next .frame');
    const notes = await box('.presenter-notes');
    expect(current.width).toBeGreaterThan(1440 * 0.6);
    expect(current.width).toBeGreaterThan(next.width * 1.8);
    // The notes start right under the current slide: nothing but a gap between them.
    expect(notes.y - (current.y + current.height)).toBeLessThan(24);
  });
});
