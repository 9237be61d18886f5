// Screenshots of every slide at its last step, for a human to look at:
//   node scripts/dev/shots.mjs BASE_URL OUT_DIR [width] [height] [light|dark] [slides, e.g. 1,5,12-16]
// BASE_URL is a built deck's index.html (served). Files are OUT_DIR/NN.png.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../src/node/browser/find-chromium.mjs';

const [base, out, w = '1280', h = '720', scheme = 'light', only = ''] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: +w, height: +h }, colorScheme: scheme });
page.on('pageerror', (e) => console.log('pageerror', e.message));
await page.goto(`${base}#/1`);
await page.waitForSelector('html[data-ready=true]', { timeout: 15000 });
const total = Number(await page.locator('[data-deck]').getAttribute('data-slides'));
const wanted = new Set();
for (const part of (only || `1-${total}`).split(',')) {
  const [a, b = a] = part.split('-').map(Number);
  for (let n = a; n <= b; n++) wanted.add(n);
}
for (const n of wanted) {
  await page.evaluate((hash) => (location.hash = hash), `#/${n}/99`);
  await page.waitForSelector(`[data-deck][data-slide="${n}"]`);
  await page.waitForSelector('html[data-ready=true]');
  await page.waitForTimeout(350);
  await page.screenshot({ path: `${out}/${String(n).padStart(2, '0')}.png` });
}
await browser.close();
