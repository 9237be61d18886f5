import type { CodeStyle, SyntaxStyle } from '../code-block/code-style.ts';
import type { MdxDeckTheme } from './theme-types.ts';

/**
 * mdx-deck's highlighting themes as data: which react-syntax-highlighter build their `code` component rendered with.
 * v2 and v4's `syntaxHighlighter`/`highlight` used highlight.js in its default style; `syntaxHighlighterPrism`/`prism`
 * used Prism in Prism's default style, and v2's passed the theme's `prism` options (`style`) on to it.
 */
export const highlightJs: MdxDeckTheme = { highlight: 'hljs' };
export const highlightPrism: MdxDeckTheme = { highlight: 'prism' };

const isObject = (value: unknown): value is Record<string, unknown> => Boolean(value) && typeof value === 'object' && !Array.isArray(value);

/**
 * The code style a resolved mdx-deck theme asks for: a highlighting theme's library, and a `prism: { style, languages }`
 * of the theme (v1 highlighted with it alone; v2 handed it to Prism), which means Prism. None: our own a11y-dark.
 */
export function codeStyleOf(theme: MdxDeckTheme): CodeStyle | undefined {
  const prism = isObject(theme.prism) ? theme.prism : {};
  const style = isObject(prism.style) ? (prism.style as SyntaxStyle) : undefined;
  const languages = isObject(prism.languages) ? prism.languages : undefined;
  if (theme.highlight === 'hljs' && !style) return { library: 'hljs' };
  if (theme.highlight === 'prism' || theme.highlight === 'hljs' || style) return { library: 'prism', style, languages };
  return undefined;
}
