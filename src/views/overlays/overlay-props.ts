import type { Deck } from '../../deck/deck-types.ts';
import type { NavAction } from '../../navigation/navigation.ts';
import type { ThemeChoice } from '../../app/theme-choice.ts';

/** Dialogs drawn over any view. */
export type Overlay = 'help' | 'goto';

/** What every overlay gets: the deck, the way to move, and how to close itself. */
export interface OverlayProps {
  deck: Deck;
  move: (action: NavAction) => void;
  onClose: () => void;
  /** What was typed after the dialog was asked for and before its chunk arrived (`g`, then `12` at once). */
  typed?: string;
  /** The theme choice, and how to change it (the help dialog offers it). */
  theme?: ThemeChoice;
  chooseTheme?: (choice: ThemeChoice) => void;
}
