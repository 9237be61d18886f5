import { useEffect, useRef } from 'react';
import type { Deck } from './deck-types.ts';
import { preload } from '../lazy/use-module.ts';

// Its own chunk: none of it is needed before the deck has been ready and idle, so it stays out of the start chunk.
const loadWarming = () => import('./warm-deck.ts');

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
    let live = true;
    let stop = () => {};
    const start = () =>
      preload(loadWarming, { quiet: true }).then(
        ({ warmInIdle, warmList }) => {
          if (live) stop = warmInIdle(warmList(deck, from.current), () => (document.documentElement.dataset.warm = 'true'));
        },
        // Offline already: the warming itself has to wait for the network.
        () => addEventListener('online', start, { once: true }),
      );
    void start();
    return () => {
      live = false;
      stop();
      removeEventListener('online', start);
    };
  }, [deck, enabled]);
}
