/**
 * The prerendered page paints slide 1 before any JavaScript runs. Measured on the talk (`npm run bench`), two things
 * held the first frame back: the render-blocking stylesheets (one more round trip after the HTML) and the app's
 * module graph, which Chromium fetched, compiled and hydrated before its first frame. So the page inlines its start
 * CSS (in a site build only what its prerendered markup uses, html/critical-css.ts) and loads the app only once
 * slide 1 has painted in its font.
 */

import { splitFontFace, textOf } from '../fonts/first-paint-font.ts';
import { firstPaintFontScript, startScript } from './inline-scripts.ts';

const STYLESHEET = /<link rel="stylesheet"( crossorigin)? href="([^"]+)">/g;
const MODULE_SCRIPT = /<script type="module" crossorigin src="([^"]+)"><\/script>\n?\s*/;
const MODULE_PRELOAD = /<link rel="modulepreload" crossorigin href="[^"]+">\n?\s*/g;

/** A `url(…)` inside a stylesheet at `href`, made relative to the page instead. */
export function rebase(css: string, href: string): string {
  const folder = href.slice(0, href.lastIndexOf('/') + 1);
  return css.replace(/url\((['"]?)(?![a-z]+:|\/|#)(?:\.\/)?([^'")]+)\1\)/gi, (_match, quote: string, path: string) => `url(${quote}${folder}${path}${quote})`);
}

/** The hrefs of the page's stylesheet links, in order. */
export function linkedStylesheets(html: string): string[] {
  return [...html.matchAll(STYLESHEET)].map((match) => match[2]!);
}

/** The start CSS split for the first frame (html/critical-css.ts): what is inlined, and where the whole of it is. */
export interface FirstFrameCss {
  inline: string;
  deferredHref: string;
}

/**
 * Copies each start stylesheet into one `<style>` at the end of `<head>` (or `css.inline`, the part of them the
 * first frame needs), and keeps its `<link>` as `disabled`: never fetched, but still found by the bundler's loader,
 * which would otherwise fetch it again for a lazy chunk.
 */
export function inlineStylesheets(html: string, readCss: (href: string) => string, css?: FirstFrameCss): string {
  const sheets: string[] = [];
  const linked = html.replace(STYLESHEET, (_match, crossorigin: string | undefined, href: string) => {
    if (!css) sheets.push(rebase(readCss(href), href));
    return `<link rel="stylesheet"${crossorigin ?? ''} href="${href}" disabled>`;
  });
  if (css) sheets.push(css.inline);
  return sheets.length === 0 ? html : linked.replace('</head>', () => `<style>${sheets.join('\n')}</style>\n  </head>`);
}

/**
 * Inlines the start CSS and swaps the entry module (and its preloads) for the start script at the end of `<body>`,
 * which links the whole start CSS first when only a part of it is inline.
 */
export function paintFirst(html: string, readCss: (href: string) => string, css?: FirstFrameCss): string {
  const entry = MODULE_SCRIPT.exec(html);
  if (!entry) return inlineStylesheets(html, readCss, css);
  const withoutEntry = html.replace(MODULE_SCRIPT, '').replace(MODULE_PRELOAD, '');
  return inlineStylesheets(withoutEntry, readCss, css).replace(
    '</body>',
    () => `<script>${startScript(entry[1] ?? '', css?.deferredHref)}</script>\n  </body>`,
  );
}

/** The body font's subset for the prerendered markup (fonts/first-paint-font.ts): which file it is cut from, and the subset. */
export interface FirstPaintFont {
  fileName: string;
  subset: Buffer;
}

/**
 * Splits the head's inline `@font-face` of `font.fileName` so the characters `markup` shows come from the inline
 * subset, and starts loading that subset right after the stylesheet.
 */
export function inlineFirstPaintFont(html: string, markup: string, font: FirstPaintFont): string {
  const headEnd = html.indexOf('</head>');
  if (headEnd < 0) return html;
  const text = textOf(markup);
  let done = false;
  const head = html.slice(0, headEnd).replace(/<style>([\s\S]*?)<\/style>/g, (style, css: string) => {
    const split = done ? undefined : splitFontFace(css, font.fileName, font.subset, text);
    if (!split) return style;
    done = true;
    return `<style>${split.css}</style>\n    <script>${firstPaintFontScript(split.family, split.characters)}</script>`;
  });
  return head + html.slice(headEnd);
}
