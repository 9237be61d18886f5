import { join } from 'node:path';
import { launchBrowser } from '../browser/launch-browser.ts';
import { OG_FILE, OG_SIZE } from '../html/og-tags.ts';
import { serveStatic } from '../server/static-server.ts';

/** How long slide 1 may take to settle for its preview. */
const SETTLE_MS = 20_000;

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
    try {
      await page.goto(`${url}index.html?mode=audience#/1`);
      await page.waitForFunction(() => document.documentElement.dataset.ready === 'true', null, { timeout: SETTLE_MS });
    } catch (error) {
      // A preview image is never worth a failed build: say what slide 1 did, and go on without one.
      const why = errors[0] ?? (error as Error).message.split('\n')[0];
      warn(`deck build: no Open Graph image: slide 1 did not render within ${SETTLE_MS / 1000} s (${why})`);
      return false;
    }
    // Read at once: a locator would wait for a card that, in a deck without errors, never comes.
    const card = await page.evaluate(() => document.querySelector('[data-slide-index="1"] [data-slide-error]')?.textContent ?? null);
    if (card || errors[0]) warn(`deck build: the Open Graph image shows slide 1 with an error: ${(card ?? errors[0])!.trim()}`);
    await page.screenshot({ path: join(outDir, OG_FILE), animations: 'disabled', caret: 'hide' });
    return true;
  } finally {
    await browser.close();
    server.close();
  }
}
