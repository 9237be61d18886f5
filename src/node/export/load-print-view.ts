import type { Page } from 'playwright-core';
import { orAfter, PAGE_GRACE_MS, untilInPage } from '../browser/in-page.ts';
import { ExportError } from './export-error.ts';
import { parseRange, RangeSyntaxError } from '../../print/page-range.ts';

/** A request for something a slide needs (font, image, style, script) that failed. */
interface FailedRequest {
  url: string;
  type: string;
  reason: string;
}

/** What the loaded, settled print view shows. */
export interface LoadedPrintView {
  /** Slides in the deck. */
  slides: number;
  /** Names of the printed pages, in order (`slide-03`, `slide-03-step-1`, `handout-1`). */
  pages: string[];
}

const NEEDED = new Set(['document', 'font', 'image', 'stylesheet', 'script', 'media']);
const short = (url: string) => (url.startsWith('data:') ? `${url.slice(0, 40)}…` : url);

/** Watches a page for failed requests and uncaught errors from the start. */
function watch(page: Page) {
  const failed: FailedRequest[] = [];
  const pageErrors: string[] = [];
  page.on('requestfailed', (request) => {
    if (NEEDED.has(request.resourceType())) failed.push({ url: request.url(), type: request.resourceType(), reason: request.failure()?.errorText ?? 'failed' });
  });
  page.on('response', (response) => {
    const type = response.request().resourceType();
    if (response.status() >= 400 && NEEDED.has(type)) failed.push({ url: response.url(), type, reason: `HTTP ${response.status()}` });
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return { failed, pageErrors };
}

/** Why the deck did not settle in time: the slides still loading, else the page's own error. */
async function timeoutMessage(page: Page, timeout: number, pageErrors: string[]): Promise<string> {
  const unknown = { slides: [] as string[], view: false };
  const asked = page
    .evaluate(() => {
      const waiting = [...document.querySelectorAll('[aria-busy="true"]'), ...[...document.images].filter((image) => !image.complete)];
      const slides = waiting.map((element) => element.closest('[data-slide-index]')?.getAttribute('data-slide-index'));
      return { slides: [...new Set(slides.filter((slide): slide is string => Boolean(slide)))], view: Boolean(document.querySelector('[data-print-pages]')) };
    })
    .catch(() => unknown);
  // A page whose own script never lets go does not answer: the message then names no slide.
  const busy = await orAfter(asked, PAGE_GRACE_MS, unknown);
  const cause = pageErrors[0] ? ` (${pageErrors[0]})` : '';
  if (busy.slides.length) return `deck export: timed out after ${timeout} ms waiting for slide ${busy.slides.join(', ')} to load${cause}`;
  if (!busy.view) return `deck export: timed out after ${timeout} ms: the print view did not load${cause}`;
  return `deck export: timed out after ${timeout} ms waiting for the deck to settle (data-ready)${cause}`;
}

/** Slides that showed an error card, a broken image, or needed a request that failed; one line each. */
async function problems(page: Page, failed: FailedRequest[]): Promise<string[]> {
  const found = await page.evaluate(
    (failedUrls) => {
      const slideOf = (element: Element) => Number(element.closest('[data-slide-index]')?.getAttribute('data-slide-index') ?? 0);
      const errors = [...document.querySelectorAll('[data-slide-error]')].map((element) => ({
        slide: Number(element.getAttribute('data-slide-error')),
        message: element.querySelector('pre')?.textContent ?? '',
      }));
      const broken = [...document.images]
        .filter((image) => image.complete && image.naturalWidth === 0)
        .map((image) => ({ slide: slideOf(image), url: image.currentSrc || image.src }));
      const users = failedUrls.map((url) => {
        const user = [...document.querySelectorAll('img, [style*="background-image"]')].find((element) =>
          element instanceof HTMLImageElement
            ? element.currentSrc === url || element.src === url
            : (element as HTMLElement).style.backgroundImage.includes(url),
        );
        return user ? slideOf(user) : 0;
      });
      return { errors, broken, users };
    },
    failed.map((request) => request.url),
  );
  const lines = new Set<string>();
  for (const { slide, message } of found.errors) lines.add(`deck export: slide ${slide} failed to render: ${message}`);
  failed.forEach((request, index) => {
    const slide = found.users[index];
    const where = slide ? `slide ${slide}: ` : '';
    lines.add(`deck export: ${where}${request.type} ${short(request.url)} failed to load (${request.reason})`);
  });
  for (const { slide, url } of found.broken)
    if (!failed.some((request) => request.url === url)) lines.add(`deck export: slide ${slide}: image ${short(url)} could not be shown`);
  return [...lines];
}

/** In the page: the deck's slide count once its root is parsed, or null after `ms`. */
const deckSlides = (ms: number) =>
  new Promise<number | null>((resolve) => {
    const deadline = performance.now() + ms;
    const check = () => {
      const deck = document.querySelector('[data-deck]');
      if (deck) resolve(Number(deck.getAttribute('data-slides')));
      else if (performance.now() > deadline) resolve(null);
      else setTimeout(check, 5);
    };
    check();
  });

/**
 * In the page: the printed pages' names once the print view is up and settled (`data-ready`, as `isPrintViewReady`
 * in print-view-ready.ts checks it), looked at every frame, or null after `ms`.
 */
const printedPages = (ms: number) =>
  new Promise<string[] | null>((resolve) => {
    const deadline = performance.now() + ms;
    const check = () => {
      if (document.documentElement.dataset.ready === 'true' && document.querySelector('[data-print-pages]') !== null)
        resolve([...document.querySelectorAll('[data-print-page]')].map((element) => element.getAttribute('data-print-page') ?? ''));
      else if (performance.now() > deadline) resolve(null);
      else requestAnimationFrame(check);
    };
    check();
  });

/** Opens the print view at `url` in a blank page, waits for `data-ready` (never a fixed sleep) and fails loudly, naming the slide, on any problem. */
export async function loadPrintView(page: Page, url: string, range: string | null, timeout: number): Promise<LoadedPrintView> {
  const { failed, pageErrors } = watch(page);
  const deadline = Date.now() + timeout;
  const timedOut = async () => new ExportError(await timeoutMessage(page, timeout, pageErrors));
  try {
    await page.goto(url, { waitUntil: 'commit', timeout: Math.max(1, deadline - Date.now()) });
  } catch (error) {
    // By name: playwright-core is loaded lazily (see launch-browser.ts), not imported here for its error class.
    if ((error as Error | undefined)?.name === 'TimeoutError') throw await timedOut();
    throw error;
  }
  const slides = await untilInPage(page, deckSlides, deadline);
  if (slides === null) throw await timedOut();
  if (range) {
    try {
      parseRange(range, slides);
    } catch (error) {
      if (error instanceof RangeSyntaxError) throw new ExportError(`deck export: --range: ${error.message}`);
      throw error;
    }
  }
  const pages = await untilInPage(page, printedPages, deadline);
  if (pages === null) throw await timedOut();
  const found = await problems(page, failed);
  if (found.length) throw new ExportError(found.join('\n'));
  return { slides, pages };
}
