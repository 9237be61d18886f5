import { lazyPart } from '../../lazy/lazy-parts.ts';

/**
 * The dialogs' chunk: none is needed to show slide 1, so it loads after the first paint (or when one opens). A part
 * the deck warms when idle, not one for print.
 */
export const loadOverlays = lazyPart(() => import('./overlays.tsx'), { print: false });
