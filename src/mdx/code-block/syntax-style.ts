import type { CSSProperties } from 'react';
import type { SyntaxStyle } from './code-style.ts';
import { contrast, type Rgb } from '../../styles/contrast.ts';

/** The style keys that style the whole block rather than one token. */
const BLOCK_KEYS = ['pre[class*="language-"]', 'code[class*="language-"]', 'hljs'];
/** What a block style may set here: its colours. Fonts, sizes, spacing and wrapping stay the slide's (readable, fitting). */
const COLOUR_PROPERTIES = new Set(['color', 'background', 'backgroundColor', 'textShadow']);
/** WCAG AA for large text: slide code is 24 px. */
const MIN_CONTRAST = 3;
/** The CSS colour names the bundled styles use, besides hex. */
const NAMED: Record<string, string> = { black: '#000000', white: '#ffffff', slategray: '#708090', gray: '#808080', grey: '#808080' };

function parse(colour: unknown): Rgb | undefined {
  if (typeof colour !== 'string') return undefined;
  const hex = NAMED[colour.toLowerCase()] ?? colour;
  const digits = /^#([\da-f]{3}|[\da-f]{6})$/i.exec(hex)?.[1];
  if (!digits) return undefined;
  const full = digits.length === 3 ? [...digits].map((digit) => digit + digit).join('') : digits;
  return [0, 2, 4].map((at) => parseInt(full.slice(at, at + 2), 16)) as Rgb;
}

const hexOf = (rgb: Rgb) => `#${rgb.map((value) => Math.round(value).toString(16).padStart(2, '0')).join('')}`;

/** `colour`, moved toward `toward` only as far as it takes to stand `MIN_CONTRAST` off `background`. */
function readableOn(colour: Rgb, background: Rgb, toward: Rgb): Rgb {
  for (let step = 0; step <= 20; step++) {
    const mixed = colour.map((value, index) => value + ((toward[index]! - value) * step) / 20) as Rgb;
    if (contrast(mixed, background) >= MIN_CONTRAST) return mixed;
  }
  return toward;
}

/**
 * A syntax style as it applies on a slide: its block entries reduced to their colours (a style written for a page,
 * `fontSize: '1em'`, `whiteSpace: 'pre'`, margins, would overflow or shrink the slide's code), every token entry kept,
 * and a token colour that stands under 3:1 off the block's background (Prism's default grey punctuation, 2.6:1)
 * darkened or lightened toward the block's text just enough to reach it.
 */
export function slideStyle(style: SyntaxStyle): SyntaxStyle {
  const block = style['pre[class*="language-"]'] ?? style.hljs ?? {};
  const background = parse(block.background ?? block.backgroundColor);
  const text = parse(block.color ?? style['code[class*="language-"]']?.color);
  const out: SyntaxStyle = {};
  for (const [key, value] of Object.entries(style)) {
    if (BLOCK_KEYS.includes(key)) {
      out[key] = Object.fromEntries(Object.entries(value).filter(([property]) => COLOUR_PROPERTIES.has(property))) as CSSProperties;
      continue;
    }
    const colour = parse(value.color);
    const faint = colour && background && text && contrast(colour, background) < MIN_CONTRAST;
    out[key] = faint ? { ...value, color: hexOf(readableOn(colour, background, text)) } : value;
  }
  return out;
}

/** Each style object once as it applies on a slide (slideStyle), for the highlighted block and the plain one before it. */
const slideStyles = new WeakMap<SyntaxStyle, SyntaxStyle>();
export const onSlide = (style: SyntaxStyle) => slideStyles.get(style) ?? slideStyles.set(style, slideStyle(style)).get(style)!;

/**
 * The colours the style gives a block's `code` element (react-syntax-highlighter puts them there itself only by
 * default); else the block's own, over whatever a deck's theme gives `pre code` (mdx-deck's highlighter replaced that).
 */
export function codeColours(style: SyntaxStyle, language: string): CSSProperties {
  return { color: 'inherit', background: 'none', ...style['code[class*="language-"]'], ...style[`code[class*="language-${language}"]`] };
}
