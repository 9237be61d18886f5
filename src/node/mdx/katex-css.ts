import { createRequire } from 'node:module';

// KaTeX's stylesheet as the deck plugin serves it, apart from the maths plugins (and the parser they bring along).

/** KaTeX's stylesheet, by absolute path: a deck anywhere on disk imports it without a node_modules of its own. */
export const KATEX_CSS = createRequire(import.meta.url).resolve('katex/dist/katex.min.css');

/**
 * KaTeX's CSS with only its woff2 fonts: every browser the deck runs in takes woff2, and the woff and ttf copies would
 * only add files to the build (and weight to the single-file one).
 */
export function woff2Only(css: string): string {
  return css.replace(/,url\([^)]*\.woff\) format\("woff"\)|,url\([^)]*\.ttf\) format\("truetype"\)/g, '');
}
