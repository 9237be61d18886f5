// Screenshot a deck URL for a human to look at: node scripts/dev/shot.mjs URL out.png [width] [height]
// Waits for data-ready, prints console errors and the deck's data attributes. SHOT_WAIT=ms waits longer.
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../src/node/browser/find-chromium.mjs';

const [url, out, w = '1280', h = '720'] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: +w, height: +h } });
page.on('console', (m) => m.type() === 'error' && console.log('console', m.type(), m.text()));
page.on('pageerror', (e) => console.log('pageerror', e.message));
await page.goto(url);
await page.waitForSelector('html[data-ready=true]', { timeout: 10000 }).catch(() => console.log('not ready'));
if (process.env.SHOT_WAIT) await page.waitForTimeout(Number(process.env.SHOT_WAIT));
await page.screenshot({ path: out });
console.log(await page.evaluate(() => JSON.stringify({ ...document.querySelector('[data-deck]')?.dataset })));
await browser.close();
