import { spawn, type ChildProcess } from 'node:child_process';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { deckCli } from './deck-cli.ts';
import { collectErrors, deckState, openDeck, waitReady } from './deck-page.ts';

/**
 * tests/fixtures/runtime-steps: slide 2 has two built steps (`<Steps>`) and a component calling mdx-deck's
 * `useSteps(3)`, so three steps (four positions) once it runs; its button calls `useDeck().setStep(3)`.
 */
const DECK = 'runtime-steps';

/** The relay's own port (remote.spec and include.spec take E2E_PORT + 1027). */
const RELAY_PORT = Number(process.env.E2E_PORT ?? 4173) + 1031;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  const build = await deckCli('build', `tests/fixtures/${DECK}/deck.mdx`, '--out', `.e2e/${DECK}`);
  expect(build.status, build.stderr).toBe(0);
});

const at = async (page: Page) => {
  const { slide, step, steps } = await deckState(page);
  return `${slide}/${step} of ${steps}`;
};
const counter = (page: Page, slide = 2) => page.locator(`[data-slide-index="${slide}"] .runtime-counter`);

test('useSteps(3) gives its slide three steps: walked forward and back, deep-linked, clamped', async ({ page }) => {
  const errors = collectErrors(page);
  await openDeck(page, DECK, '#/1');
  // The next slide is mounted ahead (hidden) and has claimed its steps before it is shown.
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => at(page)).toBe('2/0 of 4');
  await expect(counter(page)).toHaveText('Runtime step 0 of 3');
  for (const step of [1, 2, 3]) {
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => at(page)).toBe(`2/${step} of 4`);
    await expect(counter(page)).toHaveText(`Runtime step ${step} of 3`);
  }
  await expect(page).toHaveURL(/#\/2\/3$/);
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => at(page)).toBe('3/0 of 1');
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => at(page)).toBe('2/3 of 4');

  // Opened at a step only the running slide has: it waits for the claim instead of clamping it away.
  await openDeck(page, DECK, '#/2/2');
  await expect.poll(() => at(page)).toBe('2/2 of 4');
  await expect(counter(page)).toHaveText('Runtime step 2 of 3');
  await openDeck(page, DECK, '#/2/9');
  await expect.poll(() => at(page)).toBe('2/3 of 4');

  // Thumbnails show the slide fully built and claim nothing.
  await openDeck(page, DECK, '#/1', '?mode=overview');
  await expect(page.locator('.slide-thumb .runtime-counter')).toHaveText('Runtime step 3 of 3');
  expect((await deckState(page)).steps).toBe(1);
  expect(errors).toEqual([]);
});

async function openLaptop(context: BrowserContext, origin = '') {
  const audience = await context.newPage();
  await audience.goto(`${origin}${DECK}/index.html#/1`);
  await waitReady(audience);
  const presenter = await context.newPage();
  await presenter.goto(`${origin}${DECK}/index.html?mode=presenter#/1`);
  await waitReady(presenter);
  return { audience, presenter };
}

test('presenter and audience agree on the runtime steps; setStep in the presenter moves the audience too', async ({ context }) => {
  const { audience, presenter } = await openLaptop(context);
  const errors = [...collectErrors(audience), ...collectErrors(presenter)];
  const bothAt = async (expected: string) => {
    await expect.poll(() => at(presenter)).toBe(expected);
    await expect.poll(() => at(audience)).toBe(expected);
  };
  // The presenter's preview of slide 2 claims its steps before the presenter gets there.
  await expect(presenter.getByRole('heading', { name: 'Next: Three steps at run time' })).toBeVisible();
  await presenter.keyboard.press('ArrowRight');
  await bothAt('2/0 of 4');
  await expect(presenter.locator('.presenter-count .sr-only')).toHaveText('Slide 2 of 3, step 1 of 4');
  await expect(presenter.getByRole('heading', { name: 'Next: step 2 of 4' })).toBeVisible();
  await presenter.keyboard.press('ArrowRight');
  await bothAt('2/1 of 4');
  await expect(counter(audience)).toHaveText('Runtime step 1 of 3');

  await presenter.getByRole('region', { name: 'Current slide' }).getByRole('button', { name: 'Show all' }).click();
  await bothAt('2/3 of 4');
  await expect(counter(audience)).toHaveText('Runtime step 3 of 3');
  await expect(presenter.locator('.presenter-count .sr-only')).toHaveText('Slide 2 of 3, step 4 of 4');
  // The preview's own button (a slide the presenter is not on; inert, so clicked by script) moves nothing.
  await presenter.keyboard.press('ArrowLeft');
  await bothAt('2/2 of 4');
  await presenter.locator('.slide-preview button').dispatchEvent('click');
  await bothAt('2/2 of 4');

  await presenter.keyboard.press('ArrowRight');
  await presenter.keyboard.press('ArrowRight');
  await bothAt('3/0 of 1');
  await presenter.keyboard.press('ArrowLeft');
  await bothAt('2/3 of 4');

  // A fresh audience window joins mid-slide: it takes the presenter's step before its own slide has claimed it.
  const late = await context.newPage();
  await late.goto(`${DECK}/index.html#/1`);
  await expect.poll(() => at(late)).toBe('2/3 of 4');
  await expect(counter(late)).toHaveText('Runtime step 3 of 3');
  expect(errors).toEqual([]);
});

test('the phone remote counts the runtime steps the presenter counts', async ({ browser }) => {
  const child: ChildProcess = spawn(process.execPath, ['bin/deck.mjs', 'serve', '.e2e', '--port', String(RELAY_PORT), '--host', '127.0.0.1', '--remote'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    const token = await new Promise<string>((done, fail) => {
      let out = '';
      child.stdout!.on('data', (chunk) => {
        out += String(chunk);
        const remote = /^Remote: (\S+)$/m.exec(out);
        if (remote) done(new URL(remote[1]!).searchParams.get('token')!);
      });
      child.on('exit', (code) => fail(new Error(`deck serve --remote exited ${code}: ${out}`)));
    });
    const origin = `http://127.0.0.1:${RELAY_PORT}/`;
    const laptop = await browser.newContext();
    const { presenter } = await openLaptop(laptop, origin);
    await expect(presenter.getByRole('status').filter({ hasText: 'Phone remote:' })).toContainText('connected');
    const phone = await (await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })).newPage();
    await phone.goto(`${origin}${DECK}/index.html?mode=remote&token=${token}`);
    await expect(phone.locator('.remote-status')).toHaveText('Connected to the presenter');
    await phone.getByRole('button', { name: 'Next', exact: true }).tap();
    await expect.poll(() => at(presenter)).toBe('2/0 of 4');
    // The phone mounts no slide: the count is the presenter's.
    await expect(phone.locator('.remote-count')).toHaveText('Slide 2 of 3, step 1 of 4');
    await expect(phone.locator('.remote-next')).toHaveText('Next: Step 2 of 4');
    for (let press = 0; press < 3; press++) await phone.getByRole('button', { name: 'Next', exact: true }).tap();
    await expect.poll(() => at(presenter)).toBe('2/3 of 4');
    await expect(phone.locator('.remote-count')).toHaveText('Slide 2 of 3, step 4 of 4');
    await laptop.close();
  } finally {
    const exited = new Promise((done) => child.once('exit', done));
    child.kill('SIGTERM');
    await exited;
  }
});
