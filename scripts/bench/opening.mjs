// Opening: first contentful paint, slide 1's title on screen and the largest contentful paint, for the deck and the
// two static title pages, interleaved run by run in fresh contexts.
import { median } from '../stats.mjs';
import { ms, ratio, spreadOf } from './format.mjs';

/** Polls every frame until the title is laid out in its font; the frame after that is when it shows. Records LCP entries. */
const PROBE = `
  (() => {
    window.__lcp = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__lcp.push({ time: entry.startTime, size: entry.size, element: entry.element ? entry.element.tagName + ' ' + (entry.element.textContent || '').slice(0, 40) : entry.url });
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    const check = () => {
      // The first title drawn: slide 1's on the projector, the reading view's header on a phone, the static pages' own.
      const title = [...document.querySelectorAll('h1, [data-slide-index="1"] h2')].find(
        (element) => element.getBoundingClientRect().height > 0 && element.checkVisibility({ opacityProperty: true, visibilityProperty: true }),
      );
      if (title && document.fonts.check('72px ' + getComputedStyle(title).fontFamily, title.textContent)) {
        requestAnimationFrame(() => { window.__titleVisible = performance.now(); });
        return;
      }
      requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  })();`;

/** How long a page must stay quiet after the title (and, on the deck, `data-ready`) before its last LCP counts. */
const SETTLE_MS = 600;

export async function openOnce(browser, url, viewport) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.addInitScript(PROBE);
  await page.goto(url, { waitUntil: 'load' });
  // Plain evaluations a few tens of ms apart: `waitForFunction` first injects Playwright's own script into the page,
  // a ~30 ms task that landed between the deck's load event and its title's frame.
  const read = () =>
    page.evaluate(() => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      title: window.__titleVisible,
      settled: !document.querySelector('[data-deck]') || document.documentElement.dataset.ready === 'true',
    }));
  let figures = await read();
  for (const started = Date.now(); (figures.title === undefined || Number.isNaN(figures.fcp) || !figures.settled) && Date.now() - started < 20_000;) {
    await new Promise((resolve) => setTimeout(resolve, 40));
    figures = await read();
  }
  if (figures.title === undefined) throw new Error(`${url}: the title never showed`);
  await page.waitForTimeout(SETTLE_MS);
  const lcp = await page.evaluate(() => window.__lcp);
  await context.close();
  const last = lcp.at(-1);
  return { fcp: figures.fcp, title: figures.title, lcp: last?.time ?? NaN, lcpElement: last?.element ?? '' };
}

/** Opening figures of `deck` (a page of the served site) against the static title pages, `runs` interleaved rounds. */
export async function opening({ browser, base, runs }, { deck = 'index.html', viewport = { width: 1280, height: 720 }, label = '' } = {}) {
  const pages = { deck, same: 'static.html', system: 'static-system.html' };
  const results = { deck: [], same: [], system: [] };
  for (const url of Object.values(pages)) await openOnce(browser, base + url, viewport);
  for (let run = 0; run < runs; run++) {
    for (const [name, url] of Object.entries(pages)) results[name].push(await openOnce(browser, base + url, viewport));
  }
  const of = (name, key) => results[name].map((run) => run[key]);
  const ratios = (key, reference) => of('deck', key).map((value, run) => value / of(reference, key)[run]);
  const lcpAfterTitle = (name) => results[name].map((run) => run.lcp - run.title);
  const elements = [...new Set(of('deck', 'lcpElement'))].join(' | ');
  const suffix = label ? ` ${label}` : '';
  return [
    [
      `title visible${suffix} ÷ static page, system font`,
      `${ratio(median(ratios('title', 'system')))} (${spreadOf(ratios('title', 'system'), ratio)}); ${ms(median(of('deck', 'title')))} vs ${ms(median(of('system', 'title')))}`,
    ],
    [
      `title visible${suffix} ÷ static page, same font`,
      `${ratio(median(ratios('title', 'same')))} (${spreadOf(ratios('title', 'same'), ratio)}); static ${ms(median(of('same', 'title')))}`,
    ],
    [
      `first contentful paint${suffix} ÷ static, system font`,
      `${ratio(median(ratios('fcp', 'system')))} (${spreadOf(ratios('fcp', 'system'), ratio)}); ${ms(median(of('deck', 'fcp')))} vs ${ms(median(of('system', 'fcp')))}`,
    ],
    [
      `largest contentful paint − title visible${suffix}`,
      `${ms(median(lcpAfterTitle('deck')))} (${spreadOf(lcpAfterTitle('deck'), ms)}); static system ${ms(median(lcpAfterTitle('system')))}; LCP element: ${elements}`,
    ],
  ];
}
