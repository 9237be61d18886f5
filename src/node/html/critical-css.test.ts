import { describe, expect, it } from 'vitest';
import { splitCriticalCss } from './critical-css.ts';

const css = [
  '@font-face{font-family:Inter;src:url(./inter-latin.woff2);unicode-range:U+0-FF}',
  '@font-face{font-family:Inter;src:url(./inter-greek.woff2);unicode-range:U+370-3FF}',
  ':root{--text:#111}',
  'h1{color:var(--text)}',
  '.presenter-notes{font-size:20px}',
  'h1:hover{color:red}',
  ':root[data-theme=dark]{--text:#eee}',
  '[data-prerender-stale] #root{visibility:hidden}',
  '@media print{.slide{break-after:page}.print-only{display:block}}',
  '.fade{animation:fade 1s}@keyframes fade{0%{opacity:0}}@keyframes spin{0%{rotate:0deg}}',
].join('');
const markup = '<div id="root"><section class="slide"><h1>Hi</h1></section></div>';

describe('splitCriticalCss', async () => {
  const split = await splitCriticalCss(css, markup, (part) => part.replace(/url\(\.\//g, 'url(./assets/'));

  it('inlines the rules the markup uses, with their states and media queries, and the attributes the boot script sets', () => {
    for (const rule of [
      ':root{--text:#111}',
      'h1{color:var(--text)}',
      'h1:hover{color:red}',
      ':root[data-theme=dark]',
      '[data-prerender-stale] #root',
      '.slide{break-after:page}',
    ]) {
      expect(split.inline).toContain(rule);
    }
    for (const unused of ['.presenter-notes', '.print-only', '@keyframes']) expect(split.inline).not.toContain(unused);
  });

  it('inlines the faces that serve the text shown, with URLs made relative to the page', () => {
    expect(split.inline).toContain('url(./assets/inter-latin.woff2)');
    expect(split.inline).not.toContain('greek');
  });

  it('defers the other faces and the whole CSS but its faces, URLs as they were', () => {
    expect(split.deferred).toBe('@font-face{font-family:Inter;src:url(./inter-greek.woff2);unicode-range:U+370-3FF}' + css.replace(/@font-face\{[^}]*\}/g, ''));
  });
});
