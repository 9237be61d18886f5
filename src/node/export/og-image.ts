import { join } from 'node:path';
import { launchBrowser } from '../browser/launch-browser.ts';
import { OG_FILE, OG_SIZE } from '../html/og-tags.ts';
import { serveStatic } from '../server/static-server.ts';

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
    await page.goto(`${url}index.html?mode=audience#/1`);
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'true', null, { timeout: 30_000 });
    await page.screenshot({ path: join(outDir, OG_FILE), animations: 'disabled', caret: 'hide' });
    return true;
  } finally {
    await browser.close();
    server.close();
  }
}
