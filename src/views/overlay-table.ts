import type { ComponentType } from 'react';
import type { Deck } from '../deck/deck-types.ts';
import type { NavAction } from '../navigation/navigation.ts';
import HelpOverlay from './help-overlay.tsx';
import GotoDialog from './goto-dialog.tsx';

/** Dialogs drawn over any view. */
export type Overlay = 'help' | 'goto';

/** What every overlay gets: the deck, the way to move, and how to close itself. */
export interface OverlayProps {
  deck: Deck;
  move: (action: NavAction) => void;
  onClose: () => void;
}

/** Loaded with the app, not lazily: `g` then typing at once must land in the input, not in the deck's keys. */
export const OVERLAYS: Record<Overlay, ComponentType<OverlayProps>> = {
  help: HelpOverlay,
  goto: GotoDialog,
};
