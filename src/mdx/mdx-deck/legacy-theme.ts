import type { MdxDeckTheme } from './theme-types.ts';

type Style = Record<string, unknown>;
const record = (value: unknown): Style => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Style) : {});

/** Keys only mdx-deck 1–2 themes have. */
const LEGACY_KEYS = ['font', 'monospace', 'css', 'heading', 'quote', 'weights'];
/** v2's per-element keys, each the style of that element in a slide. */
const ELEMENTS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'a', 'ul', 'ol', 'li', 'p', 'blockquote', 'img', 'table', 'pre', 'code'];

/** Whether a theme is written in mdx-deck 2's keys. */
export function isLegacyTheme(theme: MdxDeckTheme): boolean {
  const colors = record(theme.colors);
  return LEGACY_KEYS.some((key) => key in theme) || 'link' in colors || 'preBackground' in colors || ELEMENTS.some((key) => key in theme);
}

/**
 * An mdx-deck 2 theme in mdx-deck 4's theme-ui shape, with the meaning v2's Slide gave its keys (what v4's own
 * `convertLegacyTheme` did): `font` → `fonts.body`/`heading`, `colors.link` → `primary`, `css` → the slide's root style,
 * `heading` → every heading, `colors.pre`/`preBackground` → code blocks, `h1`…`code` → that element.
 */
export function fromLegacyTheme(theme: MdxDeckTheme): MdxDeckTheme {
  const { colors: rawColors, font, monospace, css, heading, quote, Slide, googleFont, components, Provider, styles, fonts, ...rest } = theme;
  const colors = record(rawColors);
  const elementStyles: Style = {};
  const other: Style = {};
  for (const [key, value] of Object.entries(rest)) (ELEMENTS.includes(key) ? elementStyles : other)[key] = value;
  const pre = { fontFamily: monospace, color: colors.pre ?? colors.code, backgroundColor: colors.preBackground ?? colors.codeBackground };
  const code = { fontFamily: monospace, color: colors.code, backgroundColor: colors.codeBackground };
  return {
    ...other,
    googleFont,
    components,
    Provider,
    colors: { ...colors, primary: colors.primary ?? colors.link },
    fonts: { body: font, heading: font, monospace, ...record(fonts) },
    text: { heading: record(heading) },
    styles: {
      root: { fontFamily: font, ...record(css) },
      Slide,
      ...Object.fromEntries(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((name) => [name, { variant: 'text.heading' }])),
      a: { color: colors.link },
      pre,
      code,
      blockquote: quote,
      ...record(styles),
      ...Object.fromEntries(
        Object.entries(elementStyles).map(([key, value]) => [key, { ...(key === 'pre' ? pre : key === 'code' ? code : {}), ...record(value) }]),
      ),
    },
  };
}
