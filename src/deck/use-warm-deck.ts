import { useEffect, useRef } from 'react';
import type { Deck } from './deck-types.ts';
import { warmInIdle, warmList } from './warm-deck.ts';

/**
 * Once `enabled` (the deck has been ready and the browser idle), loads in idle time every chunk and font the page
 * may need later, so that every slide, view and dialog keeps working when the network drops; then sets
 * `data-warm="true"` on `<html>`. Nothing of it runs before the first paint or in a key press.
 */
export function useWarmDeck(deck: Deck, slide: number, enabled: boolean): void {
  // The slide the deck opened at comes first; later moves do not start the warming over.
  const from = useRef(slide);
  useEffect(() => {
    // `deck dev` serves from this machine: the network it needs never drops, and chunks change as files are edited.
    if (!enabled || import.meta.env.DEV) return;
    return warmInIdle(warmList(deck, from.current), () => (document.documentElement.dataset.warm = 'true'));
  }, [deck, enabled]);
}
