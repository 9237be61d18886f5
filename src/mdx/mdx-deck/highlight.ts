import type { MdxDeckTheme } from './theme-types.ts';

/**
 * What mdx-deck's syntax-highlighting themes did: fenced code rendered by a highlighter. This engine highlights every
 * fenced block already (react-syntax-highlighter, Prism), so the theme only records the wish; a `prism.style` a deck
 * passes is not applied (our bundled a11y-dark stays, for contrast).
 */
export const highlightCode: MdxDeckTheme = { highlight: true };
