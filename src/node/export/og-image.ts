import { join } from 'node:path';
import { orAfter, untilInPage } from '../browser/in-page.ts';
import { launchBrowser } from '../browser/launch-browser.ts';
import { OG_FILE, OG_SIZE } from '../html/og-tags.ts';
import { serveStatic } from '../server/static-server.ts';

/** How long slide 1 may take to settle for its preview. */
const SETTLE_MS = 20_000;
/** How long closing the preview's browser may take. */
const CLOSE_MS = 5_000;

/** In the page: true once the deck has settled (`data-ready`), looked at every frame, or null after `ms`. */
const settled = (ms: number) =>
  new Promise<true | null>((resolve) => {
    const deadline = performance.now() + ms;
    const check = () => {
      if (document.documentElement.dataset.ready === 'true') resolve(true);
      else if (performance.now() > deadline) resolve(null);
      else requestAnimationFrame(check);
    };
    check();
  });

/**
 * Renders slide 1 of a built site in Chromium (the exporter's browser) to `og-image.png`; the page links it in the
 * HTML pipeline. Without a browser it warns and skips (returns false): a build must not fail for want of a preview.
 */
export async function writeOgImage(outDir: string, base: string, warn: (message: string) => void): Promise<boolean> {
  if (/^https?:\/\//.test(base)) {
    warn('deck build: no Open Graph image (the site lives on another host: --base is a full URL)');
    return false;
  }
  let browser;
  try {
    browser = await launchBrowser();
  } catch (error) {
    warn(`deck build: no Open Graph image (${(error as Error).message.replace(/^deck export: /, '')})`);
    return false;
  }
  const { server, url } = await serveStatic(outDir, 0, '127.0.0.1', base.startsWith('/') ? base : '/');
  try {
    const page = await browser.newPage({ viewport: OG_SIZE });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message.split('\n')[0]!));
    // A preview image is never worth a failed build, nor a hung one: say what slide 1 did, and go on without one.
    const skip = (why: string | undefined) => {
      warn(`deck build: no Open Graph image: slide 1 did not render within ${SETTLE_MS / 1000} s${why ? ` (${why})` : ''}`);
      return false;
    };
    const deadline = Date.now() + SETTLE_MS;
    try {
      await page.goto(`${url}index.html?mode=audience#/1`, { waitUntil: 'commit', timeout: SETTLE_MS });
    } catch (error) {
      return skip(errors[0] ?? (error as Error).message.split('\n')[0]);
    }
    // Asked in the page, with a guard of our own: a slide 1 whose script never lets go answers nothing at all.
    if (!(await untilInPage(page, settled, deadline))) return skip(errors[0]);
    // Read at once: a locator would wait for a card that, in a deck without errors, never comes.
    const card = await page.evaluate(() => document.querySelector('[data-slide-index="1"] [data-slide-error]')?.textContent ?? null);
    if (card || errors[0]) warn(`deck build: the Open Graph image shows slide 1 with an error: ${(card ?? errors[0])!.trim()}`);
    await page.screenshot({ path: join(outDir, OG_FILE), animations: 'disabled', caret: 'hide' });
    return true;
  } finally {
    // A page stuck in its own script can hold up a polite close: the build goes on regardless.
    await orAfter(browser.close(), CLOSE_MS, undefined);
    server.close();
  }
}
