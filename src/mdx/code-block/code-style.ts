import { createContext, type CSSProperties, type ReactElement } from 'react';
import type { HighlightedProps } from './highlighted.tsx';

/** A react-syntax-highlighter style object: CSS for the block (`pre[class*="language-"]`, `hljs`) and for each token class. */
export type SyntaxStyle = Record<string, CSSProperties>;

/**
 * Which highlighter and colours a deck's fenced code gets, as an mdx-deck highlighting theme chose them: Prism or
 * highlight.js, the deck's own style object (else that library's default style), languages the deck registers.
 * No value (a deck of our own) means Prism with our bundled a11y-dark.
 */
export interface CodeStyle {
  library: 'prism' | 'hljs';
  style?: SyntaxStyle;
  languages?: Record<string, unknown>;
  /** The highlighter chunk, when not our Prism one (highlight.js): named by the mdx-deck runtime, so no other deck links it. */
  load?: () => Promise<{ default: (props: HighlightedProps) => ReactElement }>;
}

/** The code style of the slide being rendered; the mdx-deck runtime provides it around each slide. */
export const CodeStyleContext = createContext<CodeStyle | undefined>(undefined);

/**
 * A style's colours for the whole block (Prism's `pre[class*="language-"]`, highlight.js's `hljs`) as the custom
 * properties code-block.css reads: the same on the plain block shown while the highlighter loads and on the
 * highlighted one, so a deck's light code theme never flashes our dark one first.
 */
export function blockColourProperties(style: SyntaxStyle): CSSProperties {
  const block = style['pre[class*="language-"]'] ?? style.hljs ?? {};
  return { '--code-text': block.color, '--code-background': block.background ?? block.backgroundColor } as CSSProperties;
}
