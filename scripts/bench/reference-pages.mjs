// The bench's reference pages, written into the served site beside the deck: the physical limits each figure is
// divided by, measured in the same run with the same harness.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const PAGE_STYLE = 'body{margin:0;background:#10141b;color:#f3f5f9}h1{font-size:72px;margin:200px 72px}';

/** Slide 1's title as the built page prerenders it (the static pages show the same words). */
export function firstTitle(site) {
  const html = readFileSync(join(site, 'index.html'), 'utf8');
  return /<h[12][^>]*>(.*?)<\/h[12]>/s.exec(html)?.[1] ?? 'Title';
}

/**
 * static-system.html: the title alone in the system font (the limit for "a title on screen"); static.html: the same
 * in the deck's title font, loaded the way a plain page would (a kinder, second reference).
 */
export function writeStaticPages(site) {
  const title = firstTitle(site);
  const font = readdirSync(join(site, 'assets')).find((file) => /^inter-latin-wght-normal.*\.woff2$/.test(file));
  const page = (name, fontCss, family) =>
    writeFileSync(
      join(site, name),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>static</title><meta name="description" content="static"><style>${fontCss}${PAGE_STYLE}body{font-family:${family}}</style></head><body><h1 id="title">${title}</h1></body></html>`,
    );
  page('static-system.html', '', 'system-ui,sans-serif');
  page(
    'static.html',
    `@font-face{font-family:'Inter Variable';src:url(assets/${font}) format('woff2');font-weight:100 900;font-display:swap}`,
    "'Inter Variable',system-ui",
  );
}

/**
 * toggle.html: the smallest page a key press can change, two divs swapped on keydown, with the deck's own contract
 * attributes (`data-deck`, `data-slide`, `data-ready`) so the key-press harness drives it unchanged.
 */
export function writeTogglePage(site) {
  const script = `
    const deck = document.querySelector('[data-deck]');
    const [a, b] = document.querySelectorAll('.slide');
    document.documentElement.dataset.ready = 'true';
    addEventListener('keydown', (event) => {
      if (event.key === 'Shift') return;
      const forward = event.key === 'ArrowRight' || event.key === 'ArrowDown' || event.key === ' ';
      const slide = Math.max(1, Number(deck.dataset.slide) + (forward ? 1 : -1));
      a.hidden = slide % 2 === 0;
      b.hidden = !a.hidden;
      deck.dataset.slide = String(slide);
    });`;
  writeFileSync(
    join(site, 'toggle.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>toggle</title><style>${PAGE_STYLE}body{font-family:system-ui}</style></head><body><div data-deck data-slide="1" data-slides="100000"><h1 class="slide">One</h1><h1 class="slide" hidden>Two</h1></div><script type="module">${script}</script></body></html>`,
  );
}
