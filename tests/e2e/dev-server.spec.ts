import { expect, test } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collectErrors, delayIdleCallbacks, waitReady } from './deck-page.ts';

/** Beside the e2e server's port, so two checkouts running their suites at once do not collide. */
const PORT = Number(process.env.E2E_PORT ?? 4173) + 1026;
const GOOD = '# First version\n\n---\n\n## Second slide\n';
const BROKEN = '# First version\n\n---\n\n## Second slide\n\n<Split>\n  {oops\n';
const FIXED = '# Second version\n\n---\n\n## Second slide\n';

let server: ChildProcess;
let file: string;
/** What the server has printed to stderr (its warnings). */
let stderr = '';

test.describe('deck dev', () => {
  test.describe.configure({ mode: 'serial' });

  test.beforeAll(async () => {
    file = join(mkdtempSync(join(tmpdir(), 'deck-dev-')), 'talk.mdx');
    writeFileSync(file, GOOD);
    server = spawn(process.execPath, ['bin/deck.mjs', 'dev', file, '--port', String(PORT)], { stdio: ['ignore', 'pipe', 'pipe'] });
    // Read as it comes, so the server never blocks on a full pipe while it reports the broken saves.
    server.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('dev server did not start')), 30_000);
      server.stdout!.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes(String(PORT))) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
  });

  test.afterAll(() => {
    server?.kill();
  });

  test('shows the error overlay on broken MDX, keeps the last good deck, recovers on fix', async ({ page }) => {
    await page.goto(`http://localhost:${PORT}/#/1`);
    await expect(page.locator('[data-slide-index="1"] h1')).toHaveText('First version', { timeout: 20_000 });

    writeFileSync(file, BROKEN);
    const overlay = page.locator('vite-error-overlay');
    await expect(overlay).toHaveCount(1, { timeout: 10_000 });
    await expect(overlay).toContainText(/talk\.mdx:9:1: Unexpected end of file/);
    await expect(page.locator('[data-slide-index="1"] h1')).toHaveText('First version');

    writeFileSync(file, FIXED);
    await expect(page.locator('[data-slide-index="1"] h1')).toHaveText('Second version', { timeout: 10_000 });
    await expect(overlay).toHaveCount(0);
  });

  test('a deck deleted and restored comes back on its own, without a manual reload', async ({ page }) => {
    writeFileSync(file, GOOD);
    await page.goto(`http://localhost:${PORT}/#/1`);
    await expect(page.locator('[data-slide-index="1"] h1')).toHaveText('First version', { timeout: 20_000 });
    rmSync(file);
    await expect(page.locator('vite-error-overlay')).toContainText(/the deck file is gone/, { timeout: 10_000 });
    writeFileSync(file, FIXED);
    await expect(page.locator('[data-slide-index="1"] h1')).toHaveText('Second version', { timeout: 15_000 });
    await expect(page.locator('vite-error-overlay')).toHaveCount(0);
  });

  test('an edit of one slide swaps only that slide: no reload, the position and its step kept', async ({ page }) => {
    const deck = (title: string) => `# First version\n\n---\n\n## ${title}\n\n<Steps>\n\n- a\n- b\n\n</Steps>\n`;
    writeFileSync(file, deck('Second slide'));
    await page.goto(`http://localhost:${PORT}/#/2/1`);
    await expect(page.locator('[data-slide-index="2"] h2')).toHaveText('Second slide', { timeout: 20_000 });
    await waitReady(page);
    await page.evaluate(() => ((window as { unreloaded?: boolean }).unreloaded = true));
    writeFileSync(file, deck('Second slide, edited'));
    await expect(page.locator('[data-slide-index="2"] h2')).toHaveText('Second slide, edited', { timeout: 10_000 });
    expect(await page.evaluate(() => (window as { unreloaded?: boolean }).unreloaded)).toBe(true);
    await expect(page.locator('[data-deck]')).toHaveAttribute('data-step', '1');
    await expect(page.locator('[data-slide-index="2"]')).toHaveAttribute('aria-label', '2 of 2: Second slide, edited');
    writeFileSync(file, GOOD);
  });

  test('an MDX error saved inside one slide names its deck line; a save that adds a slide reloads the page', async ({ page }) => {
    const slides = (middle: string) => `# First version\n\n---\n\n## Middle\n\n${middle}\n\n---\n\n## Last\n`;
    writeFileSync(file, slides('Fine.'));
    await page.goto(`http://localhost:${PORT}/#/2`);
    await expect(page.locator('[data-slide-index="2"] h2')).toHaveText('Middle', { timeout: 20_000 });
    await waitReady(page);
    await page.evaluate(() => ((window as { unreloaded?: boolean }).unreloaded = true));

    writeFileSync(file, slides('Broken <b>here</i>.'));
    const overlay = page.locator('vite-error-overlay');
    await expect(overlay).toContainText(/talk\.mdx:7:1: Expected a closing tag for `<b>`/, { timeout: 10_000 });
    writeFileSync(file, slides('Fixed.'));
    await expect(page.locator('[data-slide-index="2"] p')).toHaveText('Fixed.', { timeout: 10_000 });
    await expect(overlay).toHaveCount(0);

    await page.evaluate(() => ((window as { unreloaded?: boolean }).unreloaded = true));
    writeFileSync(file, slides('Fixed.\n\n---\n\n## Added'));
    await expect(page.locator('[data-slide-index="3"] h2')).toHaveText('Added', { timeout: 10_000 });
    expect(await page.evaluate(() => (window as { unreloaded?: boolean }).unreloaded)).toBeUndefined();
    await expect(page.locator('[data-deck]')).toHaveAttribute('data-slide', '2');
    writeFileSync(file, GOOD);
  });

  test('serves the deck and what it imports, never the files around it', async ({ request }) => {
    const folder = join(file, '..');
    mkdirSync(join(folder, '.ssh'), { recursive: true });
    writeFileSync(join(folder, '.ssh', 'id_rsa'), 'PRIVATE KEY');
    writeFileSync(join(folder, '.env'), 'TOKEN=1');
    writeFileSync(join(folder, 'server.key'), 'KEY');
    writeFileSync(join(folder, 'taxes.txt'), 'private');
    for (const path of [join(folder, '.ssh', 'id_rsa'), join(folder, '.env'), join(folder, 'server.key'), join(folder, 'taxes.txt'), '/etc/passwd']) {
      const response = await request.get(`http://localhost:${PORT}/@fs${path}`);
      expect(response.status(), path).toBe(403);
      expect(await response.text()).not.toMatch(/PRIVATE KEY|TOKEN=1|private|root:/);
    }
    expect((await request.get(`http://localhost:${PORT}/@fs${file}`)).status()).toBe(200);
  });

  test('a reload right after a press keeps the new slide (the talk is presented from this server)', async ({ page }) => {
    await delayIdleCallbacks(page);
    await page.goto(`http://localhost:${PORT}/#/1`);
    await waitReady(page);
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('[data-deck]')).toHaveAttribute('data-slide', '2');
    await page.reload();
    await expect(page.locator('[data-deck]')).toHaveAttribute('data-slide', '2', { timeout: 20_000 });
    await expect(page).toHaveURL(/#\/2$/);
  });

  test("a warning of ours is our one line, file:line:column message, without Vite's plugin line under it", async ({ page }) => {
    writeFileSync(file, '# First version\n\n---\n\n## Second slide\n\n<Nope />\n');
    await page.goto(`http://localhost:${PORT}/#/2`);
    await expect(page.locator('[data-slide-index="2"] [data-slide-error="2"]')).toBeVisible({ timeout: 20_000 });
    await expect.poll(() => stderr).toMatch(/talk\.mdx:7:1: unknown component <Nope>[^\n]*\n(?! {2}Plugin)/);
    expect(stderr).not.toMatch(/Plugin: .*deck/);
    writeFileSync(file, GOOD);
  });

  test('once the server has been idle, the page comes with slide 1 prerendered; the app hydrates it; after an edit, never the old slide', async ({
    page,
    browser,
    request,
  }) => {
    const html = async () => (await request.get(`http://localhost:${PORT}/`)).text();
    // Polled 2 s apart: each request holds the server's render back until it has been quiet for a second.
    const intervals = [2000];
    writeFileSync(file, GOOD);
    await page.goto(`http://localhost:${PORT}/`);
    await waitReady(page);
    await expect.poll(html, { timeout: 20_000, intervals }).toMatch(/<div id="root" data-prerendered><div class="deck"[^]*First version/);

    // Painted from the HTML alone: the app's script never loads.
    const bare = await browser.newPage();
    await bare.route('**/src/app/main.tsx*', (route) => route.abort());
    await bare.goto(`http://localhost:${PORT}/`);
    await expect(bare.locator('[data-slide-index="1"] h1')).toHaveText('First version');
    await expect(bare.locator('[data-slide-index="1"] h1')).toBeVisible();
    await bare.close();

    const errors = collectErrors(page);
    await page.reload();
    await waitReady(page);
    await expect(page.locator('#deck-dev-start-css')).toHaveCount(0);
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('[data-deck]')).toHaveAttribute('data-slide', '2');
    expect(errors).toEqual([]);

    writeFileSync(file, FIXED);
    expect(await html()).not.toContain('First version');
    await expect.poll(html, { timeout: 20_000, intervals }).toMatch(/<div id="root" data-prerendered><div class="deck"[^]*Second version/);
    writeFileSync(file, GOOD);
  });

  test('a remote image the deck names is blocked, as in a build, and the terminal says where and how to allow it', async ({ page, request }) => {
    writeFileSync(file, '# First version\n\n![logo](https://deck-test.invalid/logo.png)\n\n---\n\n## Second slide\n');
    const remote: string[] = [];
    await page.route(/^https?:\/\/(?!localhost|127\.0\.0\.1)/, (route) => {
      remote.push(route.request().url());
      return route.abort();
    });
    await page.goto(`http://localhost:${PORT}/`);
    await expect(page.locator('[data-slide-index="1"] img')).toHaveAttribute('src', 'https://deck-test.invalid/logo.png', { timeout: 20_000 });
    await waitReady(page);
    expect(remote).toEqual([]);
    const policy = (await request.get(`http://localhost:${PORT}/`, { headers: { accept: 'text/html' } })).headers()['content-security-policy'];
    expect(policy).toContain("img-src 'self' data: blob:");
    await expect
      .poll(() => stderr)
      .toContain(
        "talk.mdx:3: https://deck-test.invalid/logo.png will be blocked by the page's Content-Security-Policy (img-src); start deck dev with --allow-remote to allow https://deck-test.invalid",
      );
    writeFileSync(file, GOOD);
  });
});
