/**
 * mdx-deck 3 and 4's themes (`@mdx-deck/themes` 4.x, `themes` from `mdx-deck`) as plain data: the same colours, fonts
 * and theme-ui `styles`, written for this engine. Highlighting themes choose the library and style of our highlighter.
 */
import type { MdxDeckTheme } from './theme-types.ts';
import { highlightJs, highlightPrism } from './highlight.ts';

const heading = (style: Record<string, unknown>) => ({ text: { heading: style } });
const fonts = (body: string, monospace?: string) => ({ fonts: monospace ? { body, monospace } : { body } });
const google = (family: string) => ({ googleFont: `https://fonts.googleapis.com/css?family=${family}` });

/** The default: no keys of its own (mdx-deck 4 kept it for backwards compatibility). */
const base: MdxDeckTheme = {};

export const dark: MdxDeckTheme = {
  colors: { text: '#fff', background: '#000', primary: '#08f', secondary: '#f0f', darkgray: '#333' },
  styles: { pre: { color: 'secondary', bg: 'darkgray' }, code: { color: 'secondary' } },
};

export const future: MdxDeckTheme = {
  ...fonts('"Avenir Next", system-ui, sans-serif'),
  colors: { text: '#fff', background: '#111', primary: '#0af', black: '#000' },
  fontWeights: { heading: 600, bold: 600 },
  ...heading({ textTransform: 'uppercase', letterSpacing: '0.1em' }),
  styles: { pre: { color: 'primary', bg: 'black' }, code: { color: 'primary' } },
};

export const condensed: MdxDeckTheme = {
  ...google('Roboto+Condensed'),
  ...fonts('"Roboto Condensed", system-ui, sans-serif', '"Roboto Mono", monospace'),
  colors: { text: '#fff', background: '#000', primary: '#0af', pre: '#0af', darkgray: '#111' },
  fontWeights: { heading: 600, bold: 600 },
  ...heading({ textTransform: 'uppercase' }),
  styles: { pre: { color: 'primary', bg: 'darkgray' }, code: { color: 'primary' } },
};

export const yellow: MdxDeckTheme = {
  ...google('Roboto+Condensed:400,700|Roboto+Mono'),
  ...fonts('"Roboto Condensed", system-ui, sans-serif', '"Roboto Mono", monospace'),
  colors: { text: '#000', background: '#fd0', primary: '#333' },
  ...heading({ textTransform: 'uppercase' }),
  styles: { pre: { textAlign: 'left', color: 'background', bg: 'text' }, code: { color: 'background', bg: 'text' } },
};

export const swiss: MdxDeckTheme = {
  ...fonts('"Helvetica Neue", Helvetica, Arial, sans-serif'),
  colors: { text: '#000', background: '#fff', primary: '#f00' },
  styles: { root: { textAlign: 'left' }, Slide: { display: 'block', padding: '2em', textAlign: 'left' } },
};

export const poppins: MdxDeckTheme = {
  ...google('Poppins:400,900'),
  ...fonts('"Poppins", sans-serif'),
  fontWeights: { heading: 900, bold: 900 },
  ...heading({ fontWeight: 900, letterSpacing: '-0.05em' }),
  styles: { blockquote: { fontSize: '1.75em', textAlign: 'left', letterSpacing: '-0.05em' } },
};

export const book: MdxDeckTheme = {
  ...fonts('"Crimson Text", serif'),
  ...google('Crimson+Text'),
  colors: { text: '#11111f', background: '#fffceb', link: '#2d5dd7' },
  styles: { root: { textAlign: 'left' }, Slide: { display: 'block', padding: '2em', textAlign: 'left' } },
};

export const script: MdxDeckTheme = {
  ...google('Yellowtail|Roboto+Mono'),
  ...fonts('"Yellowtail", cursive', '"Roboto Mono", Menlo, monospace'),
  colors: { text: '#320', background: '#fe9', primary: '#320' },
  styles: { root: { textAlign: 'center' }, pre: { textAlign: 'left' } },
};

export const comic: MdxDeckTheme = {
  ...google('Gloria+Hallelujah'),
  ...fonts('"Gloria Hallelujah", cursive'),
  colors: { text: '#351e38', background: '#fffceb', primary: '#2d5dd7' },
};

export const notes: MdxDeckTheme = {
  ...google('Annie+Use+Your+Telescope'),
  ...fonts('"Annie Use Your Telescope", cursive'),
  colors: { text: '#000', background: '#fff' },
  styles: { root: { textAlign: 'center' }, pre: { textAlign: 'left' } },
};

export const code: MdxDeckTheme = {
  ...google('Source+Code+Pro'),
  ...fonts('"Source Code Pro", monospace', '"Source Code Pro", monospace'),
  colors: { text: '#003d48', background: '#00cdf1', primary: '#0800e3' },
  styles: { pre: { color: 'background', bg: 'text' } },
};

export const lobster: MdxDeckTheme = {
  ...google('Lobster|Roboto+Mono'),
  ...fonts('Lobster, cursive', '"Roboto Mono", monospace'),
  colors: { text: '#220011', background: 'tomato', primary: '#220011' },
};

/** Not exported by `@mdx-deck/themes` 4 (its file was left out of the index), kept for decks that import it by path. */
export const big: MdxDeckTheme = {
  ...google('Bowlby+One+SC'),
  ...fonts('"Bowlby One SC", sans-serif'),
  colors: { text: '#dff', background: '#011', primary: '#0af', blue: '#0af', black: '#000' },
  fontWeights: { heading: 600, bold: 600 },
  styles: { pre: { color: 'primary', bg: 'black' }, code: { color: 'primary' } },
};

/** `highlight`/`syntaxHighlighter`: fenced code by highlight.js in its default style. */
export const highlight: MdxDeckTheme = highlightJs;
export const syntaxHighlighter = highlight;
/** `prism`/`syntaxHighlighterPrism`: fenced code by Prism in Prism's default style. */
export const prism: MdxDeckTheme = highlightPrism;
export const syntaxHighlighterPrism = prism;

export default base;
