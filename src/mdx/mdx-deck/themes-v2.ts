/**
 * mdx-deck 2's themes (`mdx-deck/themes`, `@mdx-deck/themes` 2.x) as plain data in v2's flat keys (`font`,
 * `monospace`, `colors.link`/`pre`/`preBackground`/`code`, `css`, `heading`, per-element keys), written for this
 * engine. `syntaxHighlighterPrism`, `aspect` and `aspect43` are functions of the theme, as in v2.
 */
import type { MdxDeckTheme } from './theme-types.ts';
import { highlightJs, highlightPrism } from './highlight.ts';
import { mergeDeep } from './merge-deep.ts';

const left = { textAlign: 'left' };
/** v2's responsive root size: 16px, 32px from 56em, 48px from 64em (the widest applies in a 1280px frame). */
const responsive = (fontSize: string, wide: string) => ({ fontSize, '@media screen and (min-width:64em)': { fontSize: wide } });
const wideSlide = { Slide: { '& > div': { minWidth: '80vw', minHeight: '60vh' } } };
const google = (family: string) => `https://fonts.googleapis.com/css?family=${family}`;

const base: MdxDeckTheme = {
  font: 'system-ui, sans-serif',
  monospace: 'Menlo, monospace',
  colors: { text: '#000', background: 'white', link: '#07c', pre: '#f0f', preBackground: '#333', code: '#f0f' },
  css: {
    fontSize: '16px',
    textAlign: 'center',
    '@media screen and (min-width:56em)': { fontSize: '32px' },
    '@media screen and (min-width:64em)': { fontSize: '48px' },
    '@media print': { fontSize: '40px' },
    'li > p': { margin: 0 },
  },
  pre: left,
  ol: left,
  ul: left,
};

export const dark: MdxDeckTheme = {
  ...base,
  colors: { text: '#fff', background: '#000', link: '#08f', pre: '#f0f', preBackground: '#333', code: '#f0f' },
};

export const future: MdxDeckTheme = {
  ...base,
  font: '"Avenir Next", system-ui, sans-serif',
  colors: { text: '#fff', background: '#111', blue: '#0af', link: '#0af', pre: '#0af', preBackground: '#000', code: '#0af' },
  heading: { textTransform: 'uppercase', letterSpacing: '0.1em', fontWeight: 600 },
  quote: { fontWeight: 600 },
};

export const condensed: MdxDeckTheme = {
  ...base,
  font: '"Roboto Condensed", system-ui, sans-serif',
  googleFont: google('Roboto+Condensed'),
  monospace: '"Roboto Mono", monospace',
  colors: { text: '#fff', background: '#000', link: '#0af', pre: '#0af', preBackground: '#111', code: '#0af' },
  heading: { textTransform: 'uppercase', fontWeight: 600 },
  quote: { fontWeight: 600 },
};

export const yellow: MdxDeckTheme = {
  ...base,
  font: '"Roboto Condensed", system-ui, sans-serif',
  weights: [400, 700],
  monospace: '"Roboto Mono", monospace',
  googleFont: google('Roboto+Condensed:400,700|Roboto+Mono'),
  colors: { text: '#000', background: '#fd0', link: '#333', pre: '#fd0', preBackground: '#000', code: '#fd0', codeBackground: '#000' },
  heading: { textTransform: 'uppercase', fontWeight: 700 },
  blockquote: { fontWeight: 700 },
  pre: left,
};

export const swiss: MdxDeckTheme = {
  ...base,
  font: '"Helvetica Neue", Helvetica, Arial, sans-serif',
  colors: { text: '#000', background: '#fff', link: '#f00' },
  css: { ...left, ...responsive('1.5em', '3em') },
  ...wideSlide,
};

export const poppins: MdxDeckTheme = {
  font: '"Poppins", sans-serif',
  googleFont: google('Poppins:400,900'),
  heading: { fontWeight: 900, letterSpacing: '-0.05em' },
  blockquote: { fontSize: '1.75em', textAlign: 'left', fontWeight: 900, letterSpacing: '-0.05em' },
};

export const book: MdxDeckTheme = {
  ...base,
  font: '"Crimson Text", serif',
  googleFont: google('Crimson+Text'),
  colors: { text: '#11111f', background: '#fffceb', link: '#2d5dd7' },
  css: { ...left, ...responsive('1.5em', '3em') },
  ...wideSlide,
};

export const script: MdxDeckTheme = {
  ...base,
  font: '"Yellowtail", cursive',
  monospace: '"Roboto Mono", Menlo, monospace',
  googleFont: google('Yellowtail|Roboto+Mono'),
  colors: { text: '#320', background: '#fe9', link: '#320' },
  css: { textAlign: 'center', ...responsive('1.5em', '4em') },
};

export const comic: MdxDeckTheme = {
  ...base,
  font: '"Gloria Hallelujah", cursive',
  googleFont: google('Gloria+Hallelujah'),
  colors: { text: '#351e38', background: '#fffceb', link: '#2d5dd7' },
};

export const notes: MdxDeckTheme = {
  ...base,
  font: '"Annie Use Your Telescope", cursive',
  googleFont: google('Annie+Use+Your+Telescope'),
  css: { textAlign: 'center', ...responsive('1.5em', '4em') },
};

export const code: MdxDeckTheme = {
  ...base,
  font: '"Source Code Pro", monospace',
  monospace: '"Source Code Pro", monospace',
  googleFont: google('Source+Code+Pro'),
  colors: { text: '#003d48', background: '#00cdf1', link: '#0800e3', pre: '#00cdf1', preBackground: '#003d48' },
};

export const lobster: MdxDeckTheme = {
  ...base,
  font: 'Lobster, cursive',
  monospace: '"Roboto Mono", monospace',
  googleFont: google('Lobster|Roboto+Mono'),
  colors: { text: '#220011', background: 'tomato', link: '#220011' },
};

export const hack: MdxDeckTheme = {
  ...base,
  font: '"IBM Plex Mono", monospace',
  monospace: '"IBM Plex Mono", monospace',
  googleFont: google('IBM+Plex+Mono'),
  colors: { text: '#42ff71', background: '#000', link: '#42ff71', pre: '#000', preBackground: '#42ff71', code: '#000', codeBackground: '#42ff71' },
  css: { ...left, ...responsive('1.5em', '3em') },
  ...wideSlide,
};

export const rye: MdxDeckTheme = {
  ...base,
  font: '"Rye", serif',
  monospace: '"Roboto Mono", monospace',
  googleFont: google('Rye|Roboto+Mono'),
  colors: { text: '#ffeec1', background: 'black', link: '#ffeec1' },
  h1: { textTransform: 'uppercase' },
};

export const big: MdxDeckTheme = {
  ...base,
  font: '"Bowlby One SC", sans-serif',
  googleFont: google('Bowlby+One+SC'),
  colors: { text: '#dff', background: '#011', blue: '#0af', link: '#0af', pre: '#0af', preBackground: '#000', code: '#0af' },
  heading: { fontWeight: 600 },
  quote: { fontWeight: 600 },
};

/** v2's `syntaxHighlighter`: an object to spread or list; highlight.js in its default style. */
export const syntaxHighlighter: MdxDeckTheme = highlightJs;
/**
 * v2's `syntaxHighlighterPrism`: a function of the theme (`syntaxHighlighterPrism({ …future })` or listed in `themes`);
 * Prism, with the theme's `prism` options (`style`, `languages`).
 */
export const syntaxHighlighterPrism = (theme: MdxDeckTheme = {}): MdxDeckTheme => mergeDeep(theme, highlightPrism);

/** A fixed 16:9 slide: this engine's frame always is; the root size stops growing with the window. */
export const aspect = (theme: MdxDeckTheme = {}): MdxDeckTheme => {
  const css = { ...((theme.css as Record<string, unknown>) ?? {}) };
  delete css['@media screen and (min-width:56em)'];
  delete css['@media screen and (min-width:64em)'];
  return mergeDeep({ ...theme, css }, { aspectRatio: 16 / 9, css: { fontSize: '1em' } });
};
/** A fixed 4:3 slide in v2; shown in this engine's 16:9 frame. */
export const aspect43 = (theme: MdxDeckTheme = {}): MdxDeckTheme => ({ ...aspect(theme), aspectRatio: 4 / 3 });

export default base;
