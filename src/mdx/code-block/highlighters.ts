import { lazyPart } from '../../lazy/lazy-parts.ts';
import type { CodeStyle } from './code-style.ts';

// Not a part for print: the highlighter is the heaviest chunk, so the print view loads it only when a printed slide
// has code, through the code block's own first render. Declared all the same, so that the deck warms it when idle.
const loadPrism = lazyPart(() => import('./highlighter.tsx'), { print: false });

/** highlight.js, for mdx-deck's `highlight` themes: a part only of a deck that uses it (the mdx-deck runtime declares it). */
export const loadHljs = () => import('./highlighter-hljs.tsx');

/** The lazy highlighter chunk for a code style: highlight.js when an mdx-deck theme chose it, else Prism. */
export const highlighterFor = (style: CodeStyle | undefined) => (style?.library === 'hljs' ? loadHljs : loadPrism);
