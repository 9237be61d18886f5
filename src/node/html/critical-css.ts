/**
 * The prerendered page inlined all its start CSS (33 KB of it, plus the faces): the first frame waited for the parser
 * to read it and for style to match all of it, where a static page has 1 KB. Now the page inlines the faces and the
 * rules its prerendered markup uses (slide 1, and the reading view's start for phones), found by Beasties, a
 * maintained critical-CSS inliner; the whole start CSS follows as one stylesheet once slide 1 has painted, before the
 * app starts (html/inline-scripts.ts), so every other view is styled as before.
 */

import { textOf } from '../fonts/first-paint-font.ts';
import { codePointsOf } from '../fonts/unicode-range.ts';

const FONT_FACE = /@font-face\{[^}]*\}/g;

/** Whether a face serves any character of `text` (one without a `unicode-range` serves them all). */
function serves(face: string, text: ReadonlySet<number>): boolean {
  const range = /unicode-range:([^;}]+)/.exec(face);
  return !range || codePointsOf(range[1]!).some((code) => text.has(code));
}

/**
 * Rules kept whatever the markup: the boot script sets these attributes on `<html>` before first paint (the theme
 * chosen last time, a prerender that is not the one to show).
 */
const ALWAYS = [/data-theme/, /data-prerender/];

/** The stylesheet of the first frame and the one that follows it. */
export interface SplitCss {
  /**
   * The faces that serve a character `markup` shows (the first-paint font is then split among them) and the rules
   * the markup uses, in their order.
   */
  inline: string;
  /**
   * The other faces (another script's characters) and the whole CSS but its faces, URLs as in the assets folder.
   * Applied after the inline part, it restores the original's cascade, and cannot bring back the first-paint font's
   * face over its full range. (Two faces of one family whose ranges overlap, one inline and one here, would swap
   * which serves the shared characters: both are slices of one font.)
   */
  deferred: string;
}

/**
 * Splits `css` (the page's start stylesheets, all from the assets folder) for a page that shows `markup` first;
 * `toPage` makes the inline part's URLs relative to the page. Beasties matches each rule's selector against the
 * markup, dropping states such as `:hover` first, and keeps the media queries and keyframes those rules need.
 */
export async function splitCriticalCss(css: string, markup: string, toPage: (css: string) => string): Promise<SplitCss> {
  const faces = css.match(FONT_FACE) ?? [];
  const rules = css.replace(FONT_FACE, '');
  const shown = new Set([...textOf(markup)].map((char) => char.codePointAt(0)!));
  // Loaded when a build needs it: the page pipeline is also `deck dev`'s, which never inlines CSS.
  const { default: Beasties } = await import('beasties');
  const beasties = new Beasties({ logLevel: 'silent', reduceInlineStyles: true, mergeStylesheets: true, allowRules: ALWAYS, keyframes: 'critical' });
  const page = await beasties.process(`<!doctype html><html><head><style>${rules}</style></head><body>${markup}</body></html>`);
  const used = /<style>([\s\S]*?)<\/style>/.exec(page)?.[1] ?? '';
  const [now, later] = [[], []] as [string[], string[]];
  for (const face of faces) (serves(face, shown) ? now : later).push(face);
  return { inline: toPage(now.join('') + used), deferred: later.join('') + rules };
}
