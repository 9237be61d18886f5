import type { Deck } from '../deck/deck-types.ts';
import type { DeckShape, NavAction, Position } from '../navigation/navigation.ts';
import type { Mode } from '../navigation/location.ts';

/** What every view gets from the app: the deck, the one position and the way to move it. */
export interface ViewProps {
  deck: Deck;
  position: Position;
  /** Each slide's steps: the built counts raised by what slides claim at run time. */
  shape: DeckShape;
  move: (action: NavAction) => void;
  /** Switches view (e.g. overview → audience after Enter); updates `?mode=` in the URL. */
  setMode: (mode: Mode) => void;
  /** The view this window returns to from the overview: `presenter` in the presenter window, else `audience`. */
  home: Mode;
  blank: boolean;
}
