import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../browser/launch-browser.ts';
import { serveStatic } from '../server/static-server.ts';

/** Open Graph's preferred size for link previews. */
export const OG_SIZE = { width: 1200, height: 630 };
const OG_FILE = 'og-image.png';

/** Adds og:image / twitter:image tags pointing at the preview image (relative to the site's base). */
export function withOgImageTags(html: string, base: string): string {
  const url = `${base}${OG_FILE}`;
  const tags = `<meta property="og:image" content="${url}" />\n    <meta property="og:image:width" content="${OG_SIZE.width}" />\n    <meta property="og:image:height" content="${OG_SIZE.height}" />\n    <meta name="twitter:image" content="${url}" />\n    `;
  return html.replace('<meta name="twitter:card"', `${tags}<meta name="twitter:card"`);
}

/**
 * Renders slide 1 of a built site in Chromium (the exporter's browser) to `og-image.png` and links it from
 * `index.html`. Without a browser it warns and skips: a build must not fail for want of a preview.
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
    const index = join(outDir, 'index.html');
    writeFileSync(index, withOgImageTags(readFileSync(index, 'utf8'), base));
    return true;
  } finally {
    await browser.close();
    server.close();
  }
}
