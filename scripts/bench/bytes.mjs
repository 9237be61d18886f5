// Bytes: what the page loads before it first says it is ready, and after a walk through every slide.
import { gzipSync } from 'node:zlib';
import { kb } from './format.mjs';

const KINDS = ['document', 'script', 'stylesheet', 'font', 'image', 'fetch', 'other'];

/** Rows for the bytes at start and after every slide (one press per slide, at most 499). */
export async function bytes({ browser, base }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  const responses = [];
  page.on('response', async (response) => {
    const body = await response.body().catch(() => Buffer.alloc(0));
    responses.push({ url: response.url(), type: response.request().resourceType(), bytes: body.length, gzip: gzipSync(body).length });
  });
  // "At start" is what the page had asked for when the deck first said it was ready, not what has arrived by the time
  // this script looks (idle-time prefetches may have landed by then). Observed from the document: the init script
  // runs before <html> exists.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.documentElement?.dataset.ready !== 'true') return;
      observer.disconnect();
      window.__startUrls = [location.href.split('#')[0], ...performance.getEntriesByType('resource').map((entry) => entry.name)];
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready'] });
  });
  await page.goto(`${base}index.html`);
  await page.waitForFunction(() => window.__startUrls !== undefined);
  const startUrls = new Set(await page.evaluate(() => window.__startUrls));
  const slides = await page.evaluate(() => Number(document.querySelector('[data-deck]').dataset.slides));
  for (let slide = 2; slide <= Math.min(slides, 500); slide++) {
    await page.keyboard.press('Shift+ArrowRight');
    await page.waitForFunction(
      (n) => document.querySelector('[data-deck]').dataset.slide === String(n) && document.documentElement.dataset.ready === 'true',
      slide,
    );
  }
  await page.waitForTimeout(300);
  await context.close();
  const sum = (list, key, types) => list.filter((entry) => types.includes(entry.type)).reduce((total, entry) => total + entry[key], 0);
  const start = responses.filter((response) => startUrls.has(response.url));
  return {
    slides,
    rows: [
      ['JS at start (raw / gzip)', `${kb(sum(start, 'bytes', ['script']))} / ${kb(sum(start, 'gzip', ['script']))}`],
      ['all bytes at start / requests', `${kb(sum(start, 'bytes', KINDS))} / ${start.length}`],
      ['all bytes after all slides / requests', `${kb(sum(responses, 'bytes', KINDS))} / ${responses.length}`],
    ],
  };
}
