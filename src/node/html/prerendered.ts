import { BOOT_SCRIPT } from './inline-scripts.ts';

/** The root as the prerender fills it with slide 1's server-rendered markup. */
export const PRERENDERED_OPEN = '<div id="root" data-prerendered>';

/** Written right after the prerendered root closes (outside it, so hydration never sees it): where the deck's markup ends. */
export const PRERENDERED_END = '<!--/deck-prerendered-->';

/**
 * The page without the prerendered slide markup. The first opening tag and the last end mark bound it: the deck's
 * markup lies between them, so nothing it contains (even a forged mark) can move either bound.
 */
export function withoutPrerendered(html: string): string {
  const start = html.indexOf(PRERENDERED_OPEN);
  if (start < 0) return html;
  const end = html.lastIndexOf(PRERENDERED_END);
  // Without its end mark the extent of the deck's markup is unknown: refuse rather than guess.
  if (end < start) throw new Error('prerendered root without its end mark');
  return html.slice(0, start) + html.slice(end);
}

const ROOT_TAG = '<div id="root"></div>';

/** Puts server-rendered markup, the boot script and the main font preload into a built page. */
export function injectPrerendered(html: string, markup: string, fontUrl?: string): string {
  if (!html.includes(ROOT_TAG)) throw new Error('prerender: index.html has no <div id="root"></div>');
  const withRoot = html
    // A function, not a string: a `$&` or `$'` in the slide's text is not a replacement pattern.
    .replace(ROOT_TAG, () => `${PRERENDERED_OPEN}${markup}</div>${PRERENDERED_END}`)
    .replace('</title>', `</title>\n    <script>${BOOT_SCRIPT}</script>`);
  if (!fontUrl) return withRoot;
  // After the file:// redirect to offline.html (which comes before the module script): no doomed font request there.
  const preload = `<link rel="preload" as="font" type="font/woff2" crossorigin href="${fontUrl}" />\n    `;
  const at = withRoot.indexOf('<script type="module"');
  return at < 0 ? withRoot.replace('</head>', `${preload}</head>`) : withRoot.slice(0, at) + preload + withRoot.slice(at);
}
