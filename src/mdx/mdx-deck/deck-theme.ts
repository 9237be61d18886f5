import type { ComponentType } from 'react';
import type { MdxDeckTheme, MdxDeckThemeEntry } from './theme-types.ts';
import type { CodeStyle } from '../code-block/code-style.ts';
import { codeStyleOf } from './highlight.ts';
import { fromLegacyTheme, isLegacyTheme } from './legacy-theme.ts';
import { mergeDeep } from './merge-deep.ts';
import { resolveStyle } from './theme-ui-style.ts';
import v2Base from './themes-v2.ts';

type Style = Record<string, unknown>;
const record = (value: unknown): Style => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Style) : {});
const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** Which mdx-deck a deck was written for (from its package.json), or 0 for a deck of this engine's own. */
export type MdxDeckFlavor = 0 | 2 | 4;

/** mdx-deck 4's built-in theme (its theme-ui defaults and Slide style), under every v3/v4 deck's theme. */
const V4_BASE: MdxDeckTheme = {
  colors: { text: '#000', background: '#fff', primary: '#07c', secondary: '#80c', muted: '#f6f6ff' },
  fonts: { body: 'system-ui, sans-serif', heading: 'inherit', monospace: '"Roboto Mono", Menlo, monospace' },
  lineHeights: { body: 1.5, heading: 1.125 },
  fontWeights: { body: 500, heading: 700, bold: 700 },
  text: { heading: { fontFamily: 'heading', lineHeight: 'heading', fontWeight: 'heading' } },
  styles: {
    Slide: { fontFamily: 'body', fontSize: [3, 4, 5, 6] },
    ...Object.fromEntries(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((name) => [name, { variant: 'text.heading' }])),
    a: { color: 'primary' },
    ul: { m: 0 },
    ol: { m: 0 },
    inlineCode: { fontFamily: 'monospace' },
    code: { fontFamily: 'monospace' },
    pre: { fontFamily: 'monospace', p: 3 },
    img: { maxWidth: '100%', height: 'auto', objectFit: 'cover' },
    table: { width: '100%', borderCollapse: 'separate', borderSpacing: 0 },
  },
};

/** The layout every mdx-deck slide had: its content centred in a column, no padding, the window's (here: frame's) size. */
const SLIDE_LAYOUT: Style = {
  boxSizing: 'border-box',
  width: '100%',
  height: '100%',
  display: 'flex',
  flexDirection: 'column',
  alignItems: 'center',
  justifyContent: 'center',
  overflow: 'hidden',
  position: 'relative',
};

/** Where each `styles` key applies in this engine's slide. */
const SELECTORS: Record<string, string> = {
  root: '.frame',
  Slide: '.frame .mdx-deck-slide',
  inlineCode: '.mdx-deck-slide :not(pre) > code',
  code: '.mdx-deck-slide pre code',
  Header: '.frame .deck-header',
  Footer: '.frame .deck-footer',
};

/** A deck's theme as this engine uses it: the colours and fonts, the CSS of its `styles`, and its MDX components. */
export interface ResolvedDeckTheme {
  theme: { colors: Record<string, string>; fonts: Record<string, string> } & Style;
  /** Global CSS for emotion, scoped to the slides. */
  css: Style;
  components: Record<string, ComponentType<Record<string, unknown>>>;
  Provider?: ComponentType<Record<string, unknown>>;
  googleFont?: string;
  /** The highlighter and colours of fenced code its highlighting theme chose (none: our own). */
  codeStyle?: CodeStyle;
}

/** `primary` falls back to v2's `link`. */
function withPrimary(colors: Record<string, string>): Record<string, string> {
  const primary = colors.primary ?? colors.link;
  return primary ? { ...colors, primary } : colors;
}

/** theme-ui's `heading: 'inherit'` means the body font: left out, the stylesheet falls back to it. */
function withoutHeading(fonts: Record<string, string>): Record<string, string> {
  const { heading: _heading, ...rest } = fonts;
  return rest;
}

/** v2's `themes` list (and `theme`) merged in order; a function gets the theme so far, as mdx-deck 2's mergeThemes did. */
export function mergeThemes(entries: readonly unknown[]): MdxDeckTheme {
  return entries.reduce<MdxDeckTheme>((merged, entry) => {
    if (typeof entry === 'function') return record((entry as Extract<MdxDeckThemeEntry, (theme: MdxDeckTheme) => MdxDeckTheme>)(merged));
    return mergeDeep(merged, record(entry));
  }, {});
}

function strings(value: unknown): Record<string, string> {
  return Object.fromEntries(Object.entries(record(value)).filter(([, entry]) => typeof entry === 'string')) as Record<string, string>;
}

/**
 * `export const theme` and v2's `export const themes` of a deck, resolved the way its mdx-deck did: v2 keys read with
 * v2's meaning, theme-ui `styles` resolved against the theme's scales, on top of that mdx-deck's own defaults.
 */
export function resolveDeckTheme(flavor: MdxDeckFlavor, theme: unknown, themes: unknown): ResolvedDeckTheme {
  const list = Array.isArray(themes) ? themes : [];
  const base = flavor === 2 ? [v2Base] : flavor === 4 ? [V4_BASE] : [];
  const merged = mergeThemes([...base, theme, ...list]);
  const modern = isLegacyTheme(merged) ? mergeDeep(flavor === 2 ? {} : V4_BASE, fromLegacyTheme(merged)) : merged;
  const colors = strings(modern.colors);
  const fonts = strings(modern.fonts);
  const css: Style = {};
  if (flavor) {
    css['.deck .frame .slide-body'] = { padding: 0 };
    css['.deck .frame .mdx-deck-slide'] = SLIDE_LAYOUT;
  }
  for (const [key, style] of Object.entries(record(modern.styles))) {
    const selector = SELECTORS[key] ?? `.mdx-deck-slide ${key}`;
    if (!/^[A-Za-z][\w-]*$/.test(key)) continue;
    css[`.deck ${selector}`] = { ...record(css[`.deck ${selector}`]), ...resolveStyle(modern, style) };
  }
  return {
    theme: { ...modern, colors: withPrimary(colors), fonts: fonts.heading === 'inherit' || !fonts.heading ? withoutHeading(fonts) : fonts },
    css,
    components: record(modern.components) as ResolvedDeckTheme['components'],
    Provider: typeof modern.Provider === 'function' ? (modern.Provider as ResolvedDeckTheme['Provider']) : undefined,
    googleFont: text(modern.googleFont),
    codeStyle: codeStyleOf(modern),
  };
}
