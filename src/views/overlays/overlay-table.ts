import type { Deck } from '../../deck/deck-types.ts';
import type { NavAction } from '../../navigation/navigation.ts';
import { lazyPart } from '../../lazy/lazy-parts.ts';

/** Dialogs drawn over any view. */
export type Overlay = 'help' | 'goto';

/** What every overlay gets: the deck, the way to move, and how to close itself. */
export interface OverlayProps {
  deck: Deck;
  move: (action: NavAction) => void;
  onClose: () => void;
  /** What was typed after the dialog was asked for and before its chunk arrived (`g`, then `12` at once). */
  typed?: string;
}

/**
 * The dialogs' chunk: none is needed to show slide 1, so it loads after the first paint (or when one opens). A part
 * the deck warms when idle, not one for print.
 */
export const loadOverlays = lazyPart(() => import('./overlays.tsx'), { print: false });
