import { axeViolations } from './axe.ts';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { collectErrors, expectAt, openDeck, waitReady } from './deck-page.ts';

/** The shown slide's frame in a window: the presenter's current box, or the audience's stage. */
const frameOf = (page: Page, slide: number) =>
  page.locator(`.stage > [data-slide-index="${slide}"] > .frame, .presenter-current [data-slide-index="${slide}"] > .frame`);

/** Screen point of a slide point (slide pixels) in that window. */
async function screenPoint(frame: Locator, x: number, y: number) {
  const box = (await frame.boundingBox())!;
  return { x: box.x + (x * box.width) / 1280, y: box.y + (y * box.height) / 720 };
}

/** Drags the mouse through slide points (pen on): one stroke. */
async function drawStroke(page: Page, frame: Locator, points: [number, number][]) {
  const [first, ...rest] = points;
  const start = await screenPoint(frame, ...first!);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  for (const point of rest) {
    const at = await screenPoint(frame, ...point);
    await page.mouse.move(at.x, at.y, { steps: 4 });
  }
  await page.mouse.up();
}

const strokes = (page: Page) => page.locator('[data-drawing] [data-stroke]');
const live = (page: Page) => page.locator('[aria-live="polite"]');

/** Opens a presenter window (a page of the same context, so on the deck's channel) at `hash`. */
async function openPresenter(page: Page, deck: string, hash: string): Promise<Page> {
  const presenter = await page.context().newPage();
  await openDeck(presenter, deck, hash, '?mode=presenter');
  return presenter;
}

test.describe('laser pointer', () => {
  test('shows at the same slide point in a 1280×720 and a 640×360 audience window following the presenter, then fades', async ({ page: big, context }) => {
    const errors = collectErrors(big);
    await openDeck(big, 'talk', '#/3');
    const small = await context.newPage();
    await small.setViewportSize({ width: 640, height: 360 });
    await openDeck(small, 'talk', '#/3');
    const presenter = await openPresenter(big, 'talk', '#/3');

    await presenter.keyboard.press('l');
    await expect(live(presenter)).toHaveText('Laser pointer on');
    const target = await screenPoint(frameOf(presenter, 3), 320, 540);
    await presenter.mouse.move(target.x - 20, target.y);
    await presenter.mouse.move(target.x, target.y);
    for (const [audience, width] of [
      [big, 1280],
      [small, 640],
    ] as const) {
      const pointer = audience.locator('[data-pointer]');
      await expect(pointer).toHaveCount(1);
      const x = Number(await pointer.getAttribute('data-x'));
      const y = Number(await pointer.getAttribute('data-y'));
      expect(Math.abs(x - 320)).toBeLessThanOrEqual(1);
      expect(Math.abs(y - 540)).toBeLessThanOrEqual(1);
      // Drawn where those numbers say, at this window's scale.
      const frame = (await frameOf(audience, 3).boundingBox())!;
      expect(frame.width).toBeCloseTo(width, 0);
      const dot = (await pointer.boundingBox())!;
      const scale = frame.width / 1280;
      expect(Math.abs(dot.x + dot.width / 2 - (frame.x + x * scale))).toBeLessThanOrEqual(1);
      expect(Math.abs(dot.y + dot.height / 2 - (frame.y + y * scale))).toBeLessThanOrEqual(1);
    }
    expect(await big.locator('[data-pointer]').getAttribute('data-x')).toBe(await small.locator('[data-pointer]').getAttribute('data-x'));
    expect(await big.locator('[data-pointer]').getAttribute('data-y')).toBe(await small.locator('[data-pointer]').getAttribute('data-y'));

    // A second without movement: gone everywhere.
    await expect(presenter.locator('[data-pointer]')).toHaveCount(0, { timeout: 2500 });
    await expect(big.locator('[data-pointer]')).toHaveCount(0, { timeout: 2500 });
    await expect(small.locator('[data-pointer]')).toHaveCount(0, { timeout: 2500 });

    await presenter.keyboard.press('l');
    await expect(live(presenter)).toHaveText('Laser pointer off');
    expect(errors).toEqual([]);
  });

  test('with reduced motion it goes without a fade', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openDeck(page, 'talk', '#/2');
    await page.keyboard.press('l');
    await expect(page.getByRole('toolbar', { name: 'Laser pointer' })).toBeVisible();
    const at = await screenPoint(frameOf(page, 2), 600, 300);
    await page.mouse.move(at.x, at.y);
    const pointer = page.locator('[data-pointer]');
    await expect(pointer).toHaveCount(1);
    expect(await pointer.evaluate((node) => getComputedStyle(node).transitionDuration)).toBe('0s');
    await expect(pointer).toHaveCount(0, { timeout: 2000 });
  });
});

test.describe('pen', () => {
  test('strokes drawn in the presenter show in the audience; undo, clear; they belong to their step; a reload and a late window keep them', async ({
    page: audience,
    context,
  }) => {
    const errors = collectErrors(audience);
    await openDeck(audience, 'mdx-deck', '#/2/1');
    const presenter = await openPresenter(audience, 'mdx-deck', '#/2/1');
    await presenter.keyboard.press('d');
    await expect(live(presenter)).toHaveText('Pen on');
    const frame = frameOf(presenter, 2);
    await drawStroke(presenter, frame, [
      [200, 200],
      [400, 260],
      [600, 200],
    ]);
    await drawStroke(presenter, frame, [
      [200, 500],
      [900, 520],
    ]);
    await expect(strokes(presenter)).toHaveCount(2);
    await expect(strokes(audience)).toHaveCount(2);
    // The same path in slide pixels, whatever each window's size.
    expect(await strokes(audience).first().getAttribute('d')).toBe(await strokes(presenter).first().getAttribute('d'));
    // Drawing never stepped the slide.
    await expect(presenter.locator('[data-deck]')).toHaveAttribute('data-step', '1');

    await presenter.keyboard.press('z');
    await expect(live(presenter)).toHaveText('Last stroke undone, 1 left');
    await expect(strokes(presenter)).toHaveCount(1);
    await expect(strokes(audience)).toHaveCount(1);

    // Strokes belong to the step they were drawn on.
    await presenter.keyboard.press('ArrowRight');
    await expectAt(audience, 2, 2);
    await expect(strokes(audience)).toHaveCount(0);
    await drawStroke(presenter, frameOf(presenter, 2), [
      [100, 100],
      [300, 100],
    ]);
    await expect(strokes(audience)).toHaveCount(1);
    await presenter.keyboard.press('ArrowLeft');
    await expectAt(audience, 2, 1);
    await expect(strokes(audience)).toHaveCount(1);

    await audience.reload();
    await waitReady(audience);
    await expectAt(audience, 2, 1);
    await expect(strokes(audience)).toHaveCount(1);
    await presenter.reload();
    await waitReady(presenter);
    await expect(strokes(presenter)).toHaveCount(1);

    const late = await context.newPage();
    await openDeck(late, 'mdx-deck', '#/2/1');
    await expect(strokes(late)).toHaveCount(1);
    expect(await strokes(late).first().getAttribute('d')).toBe(await strokes(presenter).first().getAttribute('d'));

    await presenter.keyboard.press('c');
    await expect(live(presenter)).toHaveText('Drawings on this slide cleared');
    await expect(strokes(presenter)).toHaveCount(0);
    await expect(strokes(audience)).toHaveCount(0);
    await expect(strokes(late)).toHaveCount(0);
    // Clearing takes every step of the slide.
    await presenter.keyboard.press('ArrowRight');
    await expectAt(late, 2, 2);
    await expect(strokes(late)).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test('an audience window’s strokes and pointer stay in it: they reach neither the presenter nor another audience window', async ({ page, context }) => {
    await openDeck(page, 'talk', '#/5');
    const other = await context.newPage();
    await openDeck(other, 'talk', '#/5');
    const presenter = await openPresenter(page, 'talk', '#/5');
    await page.keyboard.press('d');
    // The pen is on once its toolbar shows (its code loads right after the deck is first ready).
    await expect(page.getByRole('toolbar', { name: 'Pen' })).toBeVisible();
    await drawStroke(page, frameOf(page, 5), [
      [300, 300],
      [700, 400],
    ]);
    await page.keyboard.press('l');
    const at = await screenPoint(frameOf(page, 5), 640, 360);
    await page.mouse.move(at.x, at.y);
    await expect(strokes(page)).toHaveCount(1);
    await expect(page.locator('[data-pointer]')).toHaveCount(1);
    await page.waitForTimeout(300);
    for (const window of [presenter, other]) {
      await expect(strokes(window)).toHaveCount(0);
      await expect(window.locator('[data-pointer]')).toHaveCount(0);
    }
  });

  test('works in the audience view on its own, from the toolbar too; clicks draw instead of stepping', async ({ page }) => {
    await openDeck(page, 'talk', '#/4');
    await page.keyboard.press('d');
    const toolbar = page.getByRole('toolbar', { name: 'Pen' });
    await expect(toolbar).toBeVisible();
    await toolbar.getByRole('button', { name: 'Highlighter' }).click();
    await expect(toolbar.getByRole('button', { name: 'Highlighter' })).toHaveAttribute('aria-pressed', 'true');
    await drawStroke(page, frameOf(page, 4), [
      [1000, 300],
      [1200, 320],
    ]);
    const click = await screenPoint(frameOf(page, 4), 1100, 600);
    await page.mouse.click(click.x, click.y);
    await expectAt(page, 4);
    await expect(strokes(page)).toHaveCount(2);
    await expect(strokes(page).first()).toHaveAttribute('data-ink', 'highlighter');
    await toolbar.getByRole('button', { name: /^Undo/ }).click();
    await expect(strokes(page)).toHaveCount(1);
    await toolbar.getByRole('button', { name: /^Done/ }).click();
    await expect(toolbar).toHaveCount(0);
    await page.mouse.click(click.x, click.y);
    await expectAt(page, 5);
  });

  test.describe('on a touch screen', () => {
    test.use({ hasTouch: true });
    test('a finger draws with the pen on, and its horizontal stroke does not swipe to another slide', async ({ page, context }) => {
      await openDeck(page, 'talk', '#/4');
      await page.keyboard.press('d');
      // The pen is on once its toolbar shows (its code loads right after the deck is first ready).
      await expect(page.getByRole('toolbar', { name: 'Pen' })).toBeVisible();
      const cdp = await context.newCDPSession(page);
      const points = await Promise.all(([200, 400, 600, 800, 1000] as const).map((x) => screenPoint(frameOf(page, 4), x, 400)));
      const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', at?: { x: number; y: number }) =>
        cdp.send('Input.dispatchTouchEvent', { type, touchPoints: at ? [{ x: at.x, y: at.y, id: 1 }] : [] });
      await touch('touchStart', points[0]);
      for (const at of points.slice(1)) await touch('touchMove', at);
      await touch('touchEnd');
      await expect(strokes(page)).toHaveCount(1);
      await page.waitForTimeout(200);
      await expectAt(page, 4);
    });
  });

  test('nothing of the pen or the pointer reaches the print view, the reading view or a printout', async ({ page }) => {
    await openDeck(page, 'talk', '#/2');
    await page.keyboard.press('d');
    // The pen is on once its toolbar shows (its code loads right after the deck is first ready).
    await expect(page.getByRole('toolbar', { name: 'Pen' })).toBeVisible();
    await drawStroke(page, frameOf(page, 2), [
      [300, 300],
      [700, 400],
    ]);
    await expect(strokes(page)).toHaveCount(1);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('[data-drawing]')).toBeHidden();
    await expect(page.getByRole('toolbar')).toBeHidden();
    await page.emulateMedia({ media: 'screen' });
    for (const mode of ['print', 'read']) {
      await page.goto(`talk/index.html?mode=${mode}#/2`);
      await waitReady(page);
      await expect(page.locator('[data-deck]')).toHaveAttribute('data-mode', mode);
      await expect(page.locator('[data-drawing], [data-pointer], .ink-toolbar')).toHaveCount(0);
      await page.keyboard.press('d');
      await page.keyboard.press('l');
      await expect(page.locator('[data-drawing], [data-pointer], .ink-toolbar')).toHaveCount(0);
    }
    // Back in the audience view the stroke is still there.
    await page.goto('talk/index.html#/2');
    await waitReady(page);
    await expect(strokes(page)).toHaveCount(1);
  });

  test('l, d, z, c do nothing while typing in an input; the help lists them', async ({ page }) => {
    await openDeck(page, 'talk', '#/2');
    await page.keyboard.press('d');
    await drawStroke(page, frameOf(page, 2), [
      [300, 300],
      [700, 400],
    ]);
    await page.keyboard.press('d');
    await page.keyboard.press('g');
    const input = page.getByRole('dialog').getByRole('combobox');
    await input.pressSequentially('ldzc');
    await expect(input).toHaveValue('ldzc');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(page.locator('.ink-layer[data-tool]')).toHaveCount(0);
    await expect(strokes(page)).toHaveCount(1);
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    for (const text of [
      'Laser pointer (toggle)',
      'Pen: draw on the slide (toggle)',
      'Undo the last stroke on this slide',
      'Clear the drawings on this slide',
    ]) {
      await expect(help.locator('[data-keymap-entry]').filter({ hasText: text })).toHaveCount(1);
    }
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe clean with the pen and the pointer on, ${colorScheme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await openDeck(page, 'talk', '#/3');
      const presenter = await openPresenter(page, 'talk', '#/3');
      await presenter.emulateMedia({ colorScheme });
      for (const window of [page, presenter]) {
        await window.keyboard.press('d');
        await drawStroke(window, frameOf(window, 3), [
          [200, 600],
          [500, 640],
        ]);
        await window.keyboard.press('l');
        const at = await screenPoint(frameOf(window, 3), 640, 360);
        await window.mouse.move(at.x, at.y);
        await expect(window.locator('[data-pointer]')).toHaveCount(1);
        expect(await axeViolations(window)).toEqual([]);
        await window.keyboard.press('d');
        await expect(window.getByRole('toolbar', { name: 'Pen' })).toBeVisible();
        expect(await axeViolations(window)).toEqual([]);
      }
    });
  }
});
