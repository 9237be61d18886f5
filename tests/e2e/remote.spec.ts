import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { axeViolations } from './axe.ts';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { WebSocket } from 'ws';
import { deckState, waitReady } from './deck-page.ts';

/** A port of this checkout's own (dev-server.spec takes E2E_PORT + 1026). */
const PORT = Number(process.env.E2E_PORT ?? 4173) + 1027;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const DECK = `${ORIGIN}/mdx-deck/index.html`;

interface Relay {
  child: ChildProcess;
  control: string;
  follow: string;
}

/** `deck serve .e2e --remote [token] --host 127.0.0.1`, once it has printed its Remote: and Follow: lines. */
async function startRelay(token?: string): Promise<Relay> {
  const args = ['bin/deck.mjs', 'serve', '.e2e', '--port', String(PORT), '--host', '127.0.0.1', '--remote', ...(token ? [token] : [])];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stderr!.on('data', (chunk) => (out += String(chunk)));
  return new Promise((done, fail) => {
    child.stdout!.on('data', (chunk) => {
      out += String(chunk);
      const remote = /^Remote: (\S+)$/m.exec(out);
      const follow = /^Follow: (\S+)$/m.exec(out);
      if (remote && follow) done({ child, control: new URL(remote[1]!).searchParams.get('token')!, follow: new URL(follow[1]!).searchParams.get('follow')! });
    });
    child.on('exit', (code) => fail(new Error(`deck serve --remote exited ${code}: ${out}`)));
  });
}

async function stopRelay(relay: Relay): Promise<void> {
  if (relay.child.exitCode !== null) return;
  const exited = new Promise((done) => relay.child.once('exit', done));
  relay.child.kill('SIGTERM');
  await exited;
}

const at = async (page: Page) => {
  const { slide, step } = await deckState(page);
  return `${slide}/${step}`;
};

/** The speaker's laptop: the projector's audience window and the presenter window, in one browser context. */
async function openLaptop(context: BrowserContext): Promise<{ audience: Page; presenter: Page }> {
  const audience = await context.newPage();
  await audience.goto(`${DECK}#/1`);
  await waitReady(audience);
  const presenter = await context.newPage();
  await presenter.goto(`${DECK}?mode=presenter#/1`);
  await waitReady(presenter);
  await expect(presenter.getByRole('status').filter({ hasText: 'Phone remote:' })).toContainText('connected');
  return { audience, presenter };
}

/** A phone: a mobile-emulated page in a context of its own (a different device). */
async function openPhone(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

/** Opens a relay socket from Node: resolves once open, or with the status that refused it. */
function socket(url: string): Promise<{ ws: WebSocket } | { status: number }> {
  return new Promise((done) => {
    const ws = new WebSocket(url);
    ws.on('open', () => done({ ws }));
    ws.on('unexpected-response', (_request, response) => done({ status: response.statusCode ?? 0 }));
    ws.on('error', () => done({ status: 0 }));
  });
}

const relayPath = (token: string, role = 'remote') => `ws://127.0.0.1:${PORT}/mdx-deck/__deck/relay?token=${token}&role=${role}`;

test.describe.configure({ mode: 'serial' });

test.describe('phone remote over a real relay', () => {
  let relay: Relay;
  test.beforeEach(async () => {
    relay = await startRelay();
  });
  test.afterEach(async () => {
    await stopRelay(relay);
  });

  test('prints a Remote: link with a ≥128-bit hex token and a different Follow: token', () => {
    expect(relay.control).toMatch(/^[0-9a-f]{32,}$/);
    expect(relay.follow).toMatch(/^[0-9a-f]{32,}$/);
    expect(relay.follow).not.toBe(relay.control);
  });

  test('a wrong or missing token is refused on the upgrade with 401 or 403, from any page', async () => {
    expect(await socket(`ws://127.0.0.1:${PORT}/mdx-deck/__deck/relay`)).toEqual({ status: 401 });
    expect(await socket(relayPath('0'.repeat(64)))).toEqual({ status: 403 });
    expect(await socket(relayPath(relay.control.slice(0, -1)))).toEqual({ status: 403 });
    // The tokens are told only to a page on this machine that names it by address.
    const status = (host: string) =>
      new Promise<number>((done, fail) =>
        request(`${ORIGIN}/mdx-deck/__deck/remote`, { headers: { host } }, (response) => done(response.resume().statusCode ?? 0))
          .on('error', fail)
          .end(),
      );
    expect(await status(`rebound.example:${PORT}`)).toBe(403);
    expect(await status(`127.0.0.1:${PORT}`)).toBe(200);
  });

  test('Next and Previous on the phone move the presenter, and the audience follows it', async ({ browser, context }) => {
    const { audience, presenter } = await openLaptop(context);
    const phone = await openPhone(browser, `${DECK}?mode=remote&token=${relay.control}`);
    await waitReady(phone);
    await expect(phone.locator('.remote-status')).toHaveText('Connected to the presenter');
    await expect(presenter.getByRole('status').filter({ hasText: 'Phone remote:' })).toContainText('1 phone connected');

    const next = phone.getByRole('button', { name: 'Next', exact: true });
    const previous = phone.getByRole('button', { name: 'Previous', exact: true });
    const box = await next.boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(88);
    await next.tap();
    await expect.poll(() => at(presenter)).toBe('2/0');
    await expect.poll(() => at(audience)).toBe('2/0');
    await expect(phone.locator('.remote-title')).toHaveText('Steps');
    await expect(phone.locator('.remote-count')).toHaveText('Slide 2 of 10, step 1 of 4');
    await expect(phone.locator('.remote-next')).toHaveText('Next: Step 2 of 4');
    await next.tap();
    await expect.poll(() => at(audience)).toBe('2/1');
    await expect(phone.locator('.remote-count')).toHaveText('Slide 2 of 10, step 2 of 4');
    await previous.tap();
    await previous.tap();
    await expect.poll(() => at(presenter)).toBe('1/0');
    await expect.poll(() => at(audience)).toBe('1/0');
    await expect(phone.locator('.remote-notes')).toContainText('These are notes for the first slide.');
    await expect(phone.locator('.remote')).toHaveCSS('touch-action', 'manipulation');

    // The presenter's own moves show on the phone, the timer too.
    await presenter.getByRole('button', { name: 'Start timer' }).click();
    await presenter.keyboard.press('End');
    await expect(phone.locator('.remote-count')).toHaveText('Slide 10 of 10');
    await expect(phone.getByRole('timer')).toHaveAttribute('data-running', 'true');
    await phone.screenshot({ path: '/tmp/remote-phone.png' });
    await presenter
      .getByRole('button', { name: /Phone remote/ })
      .or(presenter.locator('.remote-panel > summary'))
      .first()
      .click();
    await expect(presenter.getByRole('img', { name: 'QR code of the remote link' })).toBeVisible();
    await presenter.screenshot({ path: '/tmp/remote-presenter.png' });
    await phone.context().close();
  });

  test('the relay restarted with the same token: phone and presenter reconnect on their own', async ({ browser, context }) => {
    const { audience, presenter } = await openLaptop(context);
    const phone = await openPhone(browser, `${DECK}?mode=remote&token=${relay.control}`);
    await expect(phone.locator('.remote-status')).toHaveText('Connected to the presenter');
    await stopRelay(relay);
    await expect(phone.locator('.remote-status')).toHaveText('Connection lost — reconnecting…');
    relay = await startRelay(relay.control);
    await expect(phone.locator('.remote-status')).toHaveText('Connected to the presenter', { timeout: 15_000 });
    await expect(presenter.getByRole('status').filter({ hasText: 'Phone remote:' })).toContainText('1 phone connected', { timeout: 15_000 });
    await phone.getByRole('button', { name: 'Next', exact: true }).tap();
    await expect.poll(() => at(presenter)).toBe('2/0');
    await expect.poll(() => at(audience)).toBe('2/0');
    await phone.context().close();
  });

  test('a Follow: page follows the presenter in the reading view, can stop and rejoin, and its token moves nothing', async ({ browser, context }) => {
    const { presenter } = await openLaptop(context);
    const follower = await openPhone(browser, `${DECK}?follow=${relay.follow}`);
    await expect(follower.locator('[data-deck]')).toHaveAttribute('data-mode', 'read');
    await expect(follower.getByRole('status').filter({ hasText: 'Following the presenter' })).toBeVisible();
    await presenter.bringToFront();
    await presenter.keyboard.type('5');
    await presenter.keyboard.press('Enter');
    await expect.poll(() => at(follower)).toBe('5/0');
    await expect(follower.locator('#slide-5')).toBeInViewport();
    await presenter.keyboard.press('Home');
    await presenter.keyboard.press('ArrowRight');
    await presenter.keyboard.press('ArrowRight');
    await expect.poll(() => at(follower)).toBe('2/1');
    await expect(follower.locator('#slide-2')).toBeInViewport();
    await follower.screenshot({ path: '/tmp/remote-follow.png' });

    await follower.getByRole('button', { name: 'Stop following' }).tap();
    await presenter.keyboard.press('End');
    await follower.waitForTimeout(500);
    expect((await deckState(follower)).slide).toBe(2);
    await follower.getByRole('button', { name: 'Follow the presenter' }).tap();
    await expect.poll(() => at(follower)).toBe('10/0');
    await expect(follower.locator('#slide-10')).toBeInViewport();

    // Its token drives nothing: not from its socket, not as a Remote: token.
    const direct = await socket(relayPath(relay.follow, 'presenter'));
    if (!('ws' in direct)) throw new Error(`follow socket refused: ${direct.status}`);
    direct.ws.send('{"type":"command","command":"previous"}');
    direct.ws.send(JSON.stringify({ type: 'state', position: { slide: 3, step: 0 }, blank: false, timer: { running: false, elapsedMs: 0 } }));
    const fake = await openPhone(browser, `${DECK}?mode=remote&token=${relay.follow}`);
    await fake.getByRole('button', { name: 'Previous', exact: true }).tap();
    await presenter.waitForTimeout(500);
    expect(await at(presenter)).toBe('10/0');
    expect(await at(follower)).toBe('10/0');
    direct.ws.terminate();
    await fake.context().close();
    await follower.context().close();
  });

  test('50 follow connections do not slow the presenter’s next slide', async ({ context }) => {
    const { presenter } = await openLaptop(context);
    /** keydown → slide switched → the next frame in the presenter, measured as `npm run bench` does, a press per 100 ms. */
    const frames = async (presses: number) => {
      await presenter.evaluate(() => {
        const record = window as unknown as { moves: number[] };
        record.moves = [];
        const deck = document.querySelector<HTMLElement>('[data-deck]')!;
        window.addEventListener(
          'keydown',
          (event) => {
            if (event.key === 'Shift') return;
            const before = deck.dataset.slide;
            const observer = new MutationObserver(() => {
              if (deck.dataset.slide === before) return;
              observer.disconnect();
              requestAnimationFrame(() => setTimeout(() => record.moves.push(performance.now() - event.timeStamp)));
            });
            observer.observe(deck, { attributes: true, attributeFilter: ['data-slide'] });
          },
          { capture: true },
        );
      });
      for (let i = 0; i < presses; i++) {
        await presenter.keyboard.press(i % 2 ? 'Shift+ArrowLeft' : 'Shift+ArrowRight');
        await presenter.waitForFunction((count) => (window as unknown as { moves: number[] }).moves.length >= count, i + 1);
        await presenter.waitForTimeout(100);
      }
      const times = await presenter.evaluate(() => (window as unknown as { moves: number[] }).moves.sort((a, b) => a - b));
      await presenter.reload();
      await waitReady(presenter);
      return times[Math.floor(times.length / 2)]!;
    };
    const alone = await frames(16);
    const followers = await Promise.all(Array.from({ length: 50 }, () => socket(relayPath(relay.follow, 'follow'))));
    let received = 0;
    for (const each of followers) if ('ws' in each) each.ws.on('message', () => received++);
    expect(followers.filter((each) => 'ws' in each)).toHaveLength(50);
    await expect(presenter.getByRole('status').filter({ hasText: 'Phone remote:' })).toContainText('50 followers');
    const crowded = await frames(16);
    console.log(
      `presenter next slide → next frame, median: ${alone.toFixed(1)} ms alone, ${crowded.toFixed(1)} ms with 50 followers (${received} messages fanned out)`,
    );
    await expect.poll(() => received).toBeGreaterThanOrEqual(50 * 16);
    expect(crowded).toBeLessThan(Math.max(alone * 1.5, alone + 10));
    for (const each of followers) if ('ws' in each) each.ws.terminate();
  });

  test('the remote view is axe clean', async ({ browser }) => {
    const phone = await openPhone(browser, `${DECK}?mode=remote&token=${relay.control}`);
    await waitReady(phone);
    await expect(phone.locator('.remote-status')).toContainText('Connected');
    expect(await axeViolations(phone)).toEqual([]);
    await phone.context().close();
  });
});
