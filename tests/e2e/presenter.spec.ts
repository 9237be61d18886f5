import { axeViolations } from './axe.ts';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { collectErrors, deckState, expectAt, openDeck, waitReady } from './deck-page.ts';

/** `slide/step` of a page, for polling. */
async function at(page: Page): Promise<string> {
  const { slide, step } = await deckState(page);
  return `${slide}/${step}`;
}

/** Console and page errors of every page in the context, popups included. */
function collectContextErrors(context: BrowserContext): string[] {
  const errors: string[] = [];
  context.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  context.on('weberror', (error) => errors.push(error.error().message));
  return errors;
}

/** Presses `p` in the audience window and returns the presenter popup once it has settled. */
async function openPresenterWindow(audience: Page): Promise<Page> {
  const [presenter] = await Promise.all([audience.context().waitForEvent('page'), audience.keyboard.press('p')]);
  await expect(presenter).toHaveURL(/[?&]mode=presenter/);
  await waitReady(presenter);
  return presenter;
}

/** Polls quickly until a page shows `expected`; the caller measures latency separately. */
async function expectSoonAt(page: Page, expected: string): Promise<void> {
  await expect.poll(() => at(page), { timeout: 1000, intervals: [10] }).toBe(expected);
}

test.describe('presenter view', () => {
  test('p opens one presenter window: current step, next, notes, count, timer, clock', async ({ page, context }) => {
    const errors = collectContextErrors(context);
    await openDeck(page, 'mdx-deck', '#/2/1');
    const presenter = await openPresenterWindow(page);
    await expect(presenter).toHaveURL(/#\/2\/1$/);
    await expect(presenter.locator('[data-deck]')).toHaveAttribute('data-mode', 'presenter');

    const current = presenter.getByRole('region', { name: 'Current slide' });
    await expect(current.locator('[data-slide-index="2"] li').nth(0)).toBeVisible();
    await expect(current.locator('[data-slide-index="2"] li').nth(1)).toBeHidden();
    const next = presenter.getByRole('region', { name: /^Next/ });
    await expect(next.getByRole('heading')).toHaveText('Next: step 3 of 4');
    await expect(next.locator('[data-slide-index="2"] li').nth(1)).toBeVisible();
    await expect(presenter.locator('.presenter-count [aria-hidden]')).toHaveText('2 / 10 step 2/4');
    await expect(presenter.locator('.presenter-count .sr-only')).toHaveText('Slide 2 of 10, step 2 of 4');
    await expect(presenter.getByRole('timer', { name: 'Elapsed time' })).toHaveText('0:00');
    await expect(presenter.getByRole('button', { name: 'Start timer' })).toBeVisible();
    await expect(presenter.getByRole('button', { name: 'Reset timer' })).toBeDisabled();
    await expect(presenter.locator('time.wall-clock')).toHaveText(/^\d{1,2}:\d{2}/);
    await expect(presenter.locator('.pacing')).toContainText('of 30 min');

    await presenter.keyboard.press('Home');
    const notes = presenter.getByRole('region', { name: /^Notes/ });
    await expect(notes).toContainText('These are notes for the first slide.');
    await expect(notes).toHaveCSS('overflow-y', 'auto');
    await expect(next.getByRole('heading')).toHaveText('Next: Steps');
    await presenter.keyboard.press('End');
    await expect(presenter.getByRole('heading', { name: 'End of the deck' })).toBeVisible();
    await expect(notes).toContainText('No notes for this slide.');

    // A second `p` brings the same window forward without reloading it.
    await presenter.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
    const windows = context.pages().length;
    await page.keyboard.press('p');
    await page.waitForTimeout(300);
    expect(context.pages()).toHaveLength(windows);
    expect(await presenter.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
    expect(errors).toEqual([]);
  });

  test('timer starts, pauses, survives a reload and resets; pacing says ahead or behind', async ({ page }) => {
    const start = new Date('2026-05-01T18:00:00Z').getTime();
    await page.clock.setFixedTime(start);
    await openDeck(page, 'mdx-deck', '#/1', '?mode=presenter');
    const timer = page.getByRole('timer', { name: 'Elapsed time' });
    const pacing = page.locator('.pacing-status');
    await expect(pacing).toHaveText('timer not started');

    await page.getByRole('button', { name: 'Start timer' }).click();
    await page.clock.setFixedTime(start + 5 * 60_000);
    await expect(timer).toHaveText('5:00');
    // 10 slides in 30 minutes: slide 1 is planned for 0:00–3:00, slide 5 for 12:00–15:00.
    await expect(pacing).toHaveText('2:00 behind');
    await page.keyboard.type('5');
    await page.keyboard.press('Enter');
    await expect(pacing).toHaveText('7:00 ahead');
    await expect(page.locator('.pacing-plan')).toHaveText('25:00 left of 30 min');

    await page.getByRole('button', { name: 'Pause timer' }).click();
    await page.clock.setFixedTime(start + 9 * 60_000);
    await page.reload();
    await waitReady(page);
    await expect(timer).toHaveText('5:00');
    await page.getByRole('button', { name: 'Resume timer' }).click();
    await page.clock.setFixedTime(start + 10 * 60_000);
    await expect(timer).toHaveText('6:00');
    await page.getByRole('button', { name: 'Reset timer' }).click();
    await expect(timer).toHaveText('0:00');
    await expect(page.getByRole('button', { name: 'Start timer' })).toBeVisible();
  });

  test('shows the notes’ <SpeakerOnly> remarks, set apart', async ({ page }) => {
    await openDeck(page, 'talk', '#/1', '?mode=presenter');
    const remark = page.locator('.presenter-notes .speaker-only').first();
    // The first slide whose notes hold one, whatever its number.
    for (let slide = 1; slide < 12 && !(await remark.isVisible()); slide++) {
      await page.keyboard.press('Shift+ArrowRight');
      await expect(page.locator('[data-deck]')).toHaveAttribute('data-slide', String(slide + 1));
      await page.locator('.presenter-notes .notes-content').waitFor();
    }
    await expect(remark).toContainText('(editorial)');
    await expect(remark).toHaveCSS('font-style', 'italic');
  });

  test('is axe clean', async ({ page }) => {
    await openDeck(page, 'mdx-deck', '#/1', '?mode=presenter');
    expect(await axeViolations(page)).toEqual([]);
  });
});

test.describe('sync between windows', () => {
  test('the presenter drives the audience through 20 steps, each within 200 ms', async ({ page: audience, context }) => {
    const errors = collectContextErrors(context);
    await openDeck(audience, 'mdx-deck', '#/1');
    const presenter = await openPresenterWindow(audience);
    await presenter.evaluate(() => {
      const sent: number[] = ((window as unknown as { sent: number[] }).sent = []);
      window.addEventListener('keydown', () => sent.push(Date.now()), true);
    });
    await audience.evaluate(() => {
      const seen: { at: number; position: string }[] = ((window as unknown as { seen: typeof seen }).seen = []);
      const root = document.querySelector<HTMLElement>('[data-deck]')!;
      new MutationObserver(() => seen.push({ at: Date.now(), position: `${root.dataset.slide}/${root.dataset.step}` })).observe(root, {
        attributes: true,
        attributeFilter: ['data-slide', 'data-step'],
      });
    });

    // mdx-deck has 14 forward moves (slide 2 has 3 steps, slide 3 has 2): walk to the end, then 6 back.
    const expected: string[] = [];
    for (let move = 0; move < 20; move++) {
      await presenter.keyboard.press(move < 14 ? 'ArrowRight' : 'ArrowLeft');
      const target = await at(presenter);
      expected.push(target);
      await expectSoonAt(audience, target);
    }
    expect(expected.slice(0, 14)).toEqual(['2/0', '2/1', '2/2', '2/3', '3/0', '3/1', '3/2', '4/0', '5/0', '6/0', '7/0', '8/0', '9/0', '10/0']);

    const sent = await presenter.evaluate(() => (window as unknown as { sent: number[] }).sent);
    const seen = await audience.evaluate(() => (window as unknown as { seen: { at: number; position: string }[] }).seen);
    const latencies = expected.map((position, index) => {
      const shown = seen.find((record) => record.position === position && record.at >= sent[index]!);
      return shown ? shown.at - sent[index]! : Number.POSITIVE_INFINITY;
    });
    const max = Math.max(...latencies);
    console.log(
      `sync latency over ${latencies.length} steps: max ${max} ms, mean ${Math.round(latencies.reduce((a, b) => a + b, 0) / latencies.length)} ms (${latencies.join(', ')})`,
    );
    // Every step arrived (the poll above allows 1 s of headroom for a loaded machine); nearly all within 200 ms.
    expect(latencies.filter((latency) => latency < 200).length).toBeGreaterThanOrEqual(18);
    expect(errors).toEqual([]);
  });

  test('a reloaded audience comes back at the same step; a newly opened one adopts the presenter’s', async ({ page: audience, context }) => {
    await openDeck(audience, 'mdx-deck', '#/1');
    const presenter = await openPresenterWindow(audience);
    for (const key of ['ArrowRight', 'ArrowRight', 'ArrowRight']) await presenter.keyboard.press(key);
    await expectSoonAt(audience, '2/2');

    await audience.reload();
    await waitReady(audience);
    await expectAt(audience, 2, 2);
    await presenter.keyboard.press('ArrowRight');
    await expectSoonAt(audience, '2/3');

    const late = await context.newPage();
    // Times, inside the page, from its hello on the channel to the adopted position on screen.
    await late.addInitScript(() => {
      const times: { hello?: number; adopted?: number } = {};
      (window as unknown as { times: typeof times }).times = times;
      const post = BroadcastChannel.prototype.postMessage;
      BroadcastChannel.prototype.postMessage = function (message: { type?: string }) {
        if (message?.type === 'hello') times.hello ??= performance.now();
        return post.call(this, message);
      };
      new MutationObserver(() => {
        const root = document.querySelector<HTMLElement>('[data-deck]');
        if (root?.dataset.slide === '2' && root.dataset.step === '3') times.adopted ??= performance.now();
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-slide', 'data-step'] });
    });
    await late.goto('mdx-deck/index.html');
    // The page paints its prerendered slide 1 before its script runs; the latency that counts is measured below,
    // from the hello the script sends.
    await expect.poll(() => at(late), { timeout: 10_000, intervals: [10] }).toBe('2/3');
    const { hello, adopted } = await late.evaluate(() => (window as unknown as { times: { hello: number; adopted: number } }).times);
    console.log(`a new window adopted the presenter's position ${Math.round(adopted - hello)} ms after its hello`);
    expect(adopted - hello).toBeLessThan(1000);
    await waitReady(late);
    await expectAt(late, 2, 3);
  });

  test('audience moves never move the presenter; a reloaded presenter keeps its place and leads', async ({ page: audience }) => {
    await openDeck(audience, 'mdx-deck', '#/2');
    const presenter = await openPresenterWindow(audience);
    await audience.bringToFront();
    await audience.keyboard.press('ArrowRight');
    await audience.keyboard.press('ArrowRight');
    await expectAt(audience, 2, 2);
    await presenter.waitForTimeout(300);
    expect(await at(presenter)).toBe('2/0');

    await presenter.reload();
    await waitReady(presenter);
    await expectSoonAt(audience, '2/0');
    expect(await at(presenter)).toBe('2/0');
    await presenter.keyboard.press('ArrowRight');
    await expectSoonAt(audience, '2/1');
    await audience.keyboard.press('ArrowRight');
    await expectAt(audience, 2, 2);
    await presenter.waitForTimeout(300);
    expect(await at(presenter)).toBe('2/1');
  });

  test('with no presenter open, every tab is on its own: a shared link opens where it points', async ({ page: first, context }) => {
    await openDeck(first, 'mdx-deck', '#/5');
    const second = await context.newPage();
    await openDeck(second, 'mdx-deck', '#/8');
    await expectAt(second, 8);
    const third = await context.newPage();
    await openDeck(third, 'mdx-deck', '#/3/1');
    await expectAt(third, 3, 1);

    await first.bringToFront();
    await first.keyboard.press('ArrowRight');
    await expectAt(first, 6);
    await second.bringToFront();
    await second.keyboard.press('ArrowLeft');
    await expectAt(second, 7);
    await third.waitForTimeout(300);
    expect([await at(first), await at(second), await at(third)]).toEqual(['6/0', '7/0', '3/1']);
    await first.reload();
    await waitReady(first);
    expect(await at(first)).toBe('6/0');
  });

  test('while a presenter is open, every audience tab follows it, a link opened later included; a reading tab never', async ({ page: audience, context }) => {
    await openDeck(audience, 'mdx-deck', '#/2');
    const reader = await context.newPage();
    await openDeck(reader, 'mdx-deck', '#/4', '?mode=read');
    const presenter = await openPresenterWindow(audience);
    await presenter.keyboard.press('Shift+ArrowRight');
    await expectSoonAt(audience, '3/0');

    const linked = await context.newPage();
    await linked.goto('mdx-deck/index.html#/8');
    await expect.poll(() => at(linked), { timeout: 10_000 }).toBe('3/0');
    await waitReady(linked);
    await presenter.keyboard.press('ArrowRight');
    await expectSoonAt(audience, '3/1');
    await expectSoonAt(linked, '3/1');
    await presenter.keyboard.press('b');
    await expect(linked.locator('.blank-screen')).toBeVisible();
    await presenter.keyboard.press('b');
    expect(await at(reader)).toBe('4/0');
    await expect(reader.locator('[data-deck]')).toHaveAttribute('data-mode', 'read');

    // Once the presenter is gone, the tabs stay where it left them and are each on their own again.
    await presenter.close();
    await linked.keyboard.press('ArrowRight');
    await expectAt(linked, 3, 2);
    await audience.waitForTimeout(300);
    expect(await at(audience)).toBe('3/1');
  });

  test('a background tab that missed moves catches up when it becomes visible', async ({ page: audience, context }) => {
    const background = await context.newPage();
    // Emulates a frozen background tab: while `asleep`, channel messages are lost rather than queued.
    await background.addInitScript(() => {
      const awake = () => !(window as unknown as { asleep?: boolean }).asleep;
      const Native = window.BroadcastChannel;
      window.BroadcastChannel = class extends Native {
        override set onmessage(handler: ((event: MessageEvent) => void) | null) {
          super.onmessage = handler && ((event: MessageEvent) => awake() && handler.call(this, event));
        }
        override get onmessage() {
          return super.onmessage;
        }
        override addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions) {
          const call = (event: Event) => awake() && (typeof listener === 'function' ? listener.call(this, event) : listener.handleEvent(event));
          super.addEventListener(type, call, options);
        }
      };
    });
    const setVisibility = (state: 'hidden' | 'visible') =>
      background.evaluate((visibility) => {
        (window as unknown as { asleep: boolean }).asleep = visibility === 'hidden';
        Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility });
        Object.defineProperty(document, 'hidden', { configurable: true, get: () => visibility === 'hidden' });
        document.dispatchEvent(new Event('visibilitychange'));
      }, state);

    await openDeck(audience, 'mdx-deck', '#/1');
    await openDeck(background, 'mdx-deck', '#/1');
    const presenter = await openPresenterWindow(audience);
    await presenter.keyboard.press('ArrowRight');
    await expectSoonAt(background, '2/0');

    await setVisibility('hidden');
    for (const key of ['ArrowRight', 'ArrowRight', 'Shift+ArrowRight']) await presenter.keyboard.press(key);
    await expectSoonAt(audience, '3/0');
    await background.waitForTimeout(300);
    expect(await at(background)).toBe('2/0');

    const shown = Date.now();
    await setVisibility('visible');
    await expectSoonAt(background, '3/0');
    console.log(`background tab caught up ${Date.now() - shown} ms after becoming visible`);
  });

  test('b in the presenter blanks the audience screen, and shows it there', async ({ page: audience }) => {
    await openDeck(audience, 'mdx-deck', '#/1');
    const presenter = await openPresenterWindow(audience);
    await presenter.keyboard.press('b');
    await expect(audience.locator('.blank-screen')).toBeVisible();
    await expect(presenter.getByRole('status').filter({ hasText: 'Audience screen is blank' })).toBeVisible();
    await presenter.keyboard.press('.');
    await expect(audience.locator('.blank-screen')).toHaveCount(0);
    await expect(presenter.getByText('Audience screen is blank')).toHaveCount(0);
  });
});

test.describe('on stage', () => {
  test('after a click on the timer buttons, Space and Enter still move the talk', async ({ page }) => {
    await openDeck(page, 'mdx-deck', '#/1', '?mode=presenter');
    await page.getByRole('button', { name: 'Start timer' }).click();
    await page.keyboard.press('Space');
    await expectSoonAt(page, '2/0');
    await page.keyboard.press('Enter');
    await expectSoonAt(page, '2/1');
    await expect(page.getByRole('button', { name: 'Pause timer' })).toBeVisible();
    await page.getByRole('button', { name: 'Pause timer' }).click();
    await page.keyboard.press('Space');
    await expectSoonAt(page, '2/2');
    await expect(page.getByRole('button', { name: 'Resume timer' })).toBeVisible();
  });

  test('the screen stays awake while the presenter view is open or the audience is fullscreen, and only then', async ({ page, context }) => {
    const errors = collectContextErrors(context);
    // A stand-in for the Screen Wake Lock API that counts the locks held (headless Chromium refuses the real one).
    await context.addInitScript(() => {
      const held = ((window as unknown as { locks: { held: number } }).locks = { held: 0 });
      Object.defineProperty(navigator, 'wakeLock', {
        configurable: true,
        value: {
          request: async () => {
            held.held++;
            const sentinel = { released: false, release: async () => void (!sentinel.released && ((sentinel.released = true), held.held--)) };
            return sentinel;
          },
        },
      });
    });
    const held = (target: Page) => target.evaluate(() => (window as unknown as { locks: { held: number } }).locks.held);
    await openDeck(page, 'mdx-deck', '#/1');
    expect(await held(page)).toBe(0);
    await page.keyboard.press('f');
    await expect.poll(() => held(page)).toBe(1);
    await page.keyboard.press('f');
    await expect.poll(() => held(page)).toBe(0);

    const presenter = await openPresenterWindow(page);
    await expect.poll(() => held(presenter)).toBe(1);
    await presenter.keyboard.press('o');
    await expect(presenter.locator('[data-deck]')).toHaveAttribute('data-mode', 'overview');
    await expect.poll(() => held(presenter)).toBe(0);
    await presenter.keyboard.press('Escape');
    await expect.poll(() => held(presenter)).toBe(1);
    expect(errors).toEqual([]);
  });

  test('without a Wake Lock API the presenter view works and says nothing', async ({ page }) => {
    const errors = collectErrors(page);
    await page.addInitScript(() => Object.defineProperty(navigator, 'wakeLock', { configurable: true, value: undefined }));
    await openDeck(page, 'mdx-deck', '#/1', '?mode=presenter');
    await page.keyboard.press('ArrowRight');
    await expectSoonAt(page, '2/0');
    expect(errors).toEqual([]);
  });

  test('opens the audience fullscreen on the other screen where Window Management is granted', async ({ page }) => {
    await page.addInitScript(() => {
      const laptop = { availLeft: 0, availTop: 0, availWidth: 1440, availHeight: 875 };
      const projector = { availLeft: 1440, availTop: 0, availWidth: 1920, availHeight: 1080 };
      (window as unknown as { getScreenDetails: () => Promise<unknown> }).getScreenDetails = async () => ({
        screens: [laptop, projector],
        currentScreen: laptop,
      });
      const opened: string[][] = ((window as unknown as { opened: string[][] }).opened = []);
      window.open = (url?: string | URL, name?: string, features?: string) => (opened.push([String(url), name ?? '', features ?? '']), null);
    });
    await openDeck(page, 'mdx-deck', '#/3', '?mode=presenter');
    await page.getByRole('button', { name: 'Audience on other screen' }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { opened: string[][] }).opened)).toHaveLength(1);
    const [url, name, features] = (await page.evaluate(() => (window as unknown as { opened: string[][] }).opened))[0]!;
    expect(new URL(url!).searchParams.get('mode')).toBeNull();
    expect(url).toMatch(/#\/3$/);
    expect(name).toMatch(/^deck-audience-/);
    expect(features).toBe('popup,fullscreen,left=1440,top=0,width=1920,height=1080');
  });
});
