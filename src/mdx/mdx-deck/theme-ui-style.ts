import type { MdxDeckTheme } from './theme-types.ts';

type Style = Record<string, unknown>;
const record = (value: unknown): Style => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Style) : {});

/** theme-ui's default scales, used when a theme has none. */
const DEFAULT_SCALES: Style = {
  space: [0, 4, 8, 16, 32, 64, 128, 256, 512],
  fontSizes: [12, 14, 16, 20, 24, 32, 48, 64, 72],
};
/** theme-ui's shorthand properties. */
const ALIASES: Record<string, string[]> = {
  bg: ['backgroundColor'],
  m: ['margin'],
  mt: ['marginTop'],
  mr: ['marginRight'],
  mb: ['marginBottom'],
  ml: ['marginLeft'],
  mx: ['marginLeft', 'marginRight'],
  my: ['marginTop', 'marginBottom'],
  p: ['padding'],
  pt: ['paddingTop'],
  pr: ['paddingRight'],
  pb: ['paddingBottom'],
  pl: ['paddingLeft'],
  px: ['paddingLeft', 'paddingRight'],
  py: ['paddingTop', 'paddingBottom'],
};
/** Which theme scale a property's values are keys of. */
const SCALE_OF: Record<string, string> = {
  color: 'colors',
  backgroundColor: 'colors',
  borderColor: 'colors',
  fill: 'colors',
  stroke: 'colors',
  fontFamily: 'fonts',
  fontWeight: 'fontWeights',
  lineHeight: 'lineHeights',
  fontSize: 'fontSizes',
  letterSpacing: 'letterSpacings',
  ...Object.fromEntries(
    ['margin', 'marginTop', 'marginRight', 'marginBottom', 'marginLeft', 'padding', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft', 'gap'].map(
      (name) => [name, 'space'],
    ),
  ),
};
/** theme-ui's breakpoints are 40em, 52em and 64em: in a 1280px-wide slide all apply, so the widest value wins. */
const WIDEST = 3;

function get(source: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => record(value)[key], source);
}

/** mdx-deck drew each slide the size of the window; here the window is the 1280×720 frame, so vw and vh become pixels. */
function framed(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  return value.replace(
    /(-?\d*\.?\d+)(vw|vh)\b/g,
    (_, amount: string, unit: string) => `${+((Number(amount) * (unit === 'vw' ? 1280 : 720)) / 100).toFixed(2)}px`,
  );
}

function scaled(theme: MdxDeckTheme, property: string, value: unknown): unknown {
  if (Array.isArray(value))
    value = value
      .slice(0, WIDEST + 1)
      .filter((entry) => entry !== null && entry !== undefined)
      .at(-1);
  const scaleName = SCALE_OF[property];
  const scale = scaleName ? (theme[scaleName] ?? DEFAULT_SCALES[scaleName]) : undefined;
  if (scale && (typeof value === 'string' || typeof value === 'number')) {
    const negative = typeof value === 'number' && value < 0 && scaleName === 'space';
    const found =
      record(scale)[String(negative ? -value : value)] ?? (Array.isArray(scale) ? scale[negative ? -(value as number) : (value as number)] : undefined);
    if (found !== undefined && (typeof value !== 'string' || Number.isNaN(Number(value)) || scaleName !== 'space')) {
      return negative && typeof found === 'number' ? -found : found;
    }
  }
  return framed(value);
}

/**
 * A theme-ui style object (`{ color: 'primary', bg: 'text', fontSize: [3, 4, 5], variant: 'text.heading', '& > div': … }`)
 * as plain CSS-in-JS for emotion, resolved against the theme's scales as theme-ui would at a wide screen.
 */
export function resolveStyle(theme: MdxDeckTheme, style: unknown): Style {
  const out: Style = {};
  for (const [key, value] of Object.entries(record(style))) {
    if (value === undefined || value === null) continue;
    if (key === 'variant' && typeof value === 'string') {
      Object.assign(out, resolveStyle(theme, get(theme, value)));
      continue;
    }
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      out[key] = resolveStyle(theme, value);
      continue;
    }
    for (const property of ALIASES[key] ?? [key]) out[property] = scaled(theme, property, value);
  }
  return out;
}
