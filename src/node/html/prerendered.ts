import { BOOT_SCRIPT, SHOW_READING_VIEW } from './inline-scripts.ts';
import { READ_TEMPLATE_ID } from './read-template.ts';

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

/** What the prerender made of the deck: the audience view at slide 1, and the reading view with its stylesheets. */
export interface PrerenderedViews {
  markup: string;
  reading?: { markup: string; stylesheets: readonly string[] };
}

/**
 * Puts server-rendered markup and the boot script that sizes it into a built page. The reading view's markup waits
 * in a template after the root, with the script that moves it into the root on a phone; its stylesheets are linked
 * (then inlined with the start CSS, html/paint-first.ts).
 */
export function injectPrerendered(html: string, { markup, reading }: PrerenderedViews): string {
  if (!html.includes(ROOT_TAG)) throw new Error('prerender: index.html has no <div id="root"></div>');
  const template = reading ? `<template id="${READ_TEMPLATE_ID}">${reading.markup}</template>` : '';
  const links = (reading?.stylesheets ?? [])
    .filter((href) => !html.includes(`href="${href}"`))
    .map((href) => `<link rel="stylesheet" crossorigin href="${href}">\n  `)
    .join('');
  return (
    html
      // A function, not a string: a `$&` or `$'` in the slide's text is not a replacement pattern.
      .replace(ROOT_TAG, () => `${PRERENDERED_OPEN}${markup}</div>${template}${PRERENDERED_END}${reading ? `<script>${SHOW_READING_VIEW}</script>` : ''}`)
      .replace('</title>', `</title>\n    <script>${BOOT_SCRIPT}</script>`)
      .replace('</head>', () => `${links}</head>`)
  );
}
