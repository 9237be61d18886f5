import { preload } from '../lazy/use-module.ts';
import type { ContentModule, Deck, SlideEntry } from './deck-types.ts';

/** `deck dev`'s custom HMR event for a save that only changed slides' bodies or notes (src/node/vite/deck-dev-reload.ts). */
export const SLIDE_SWAP_EVENT = 'deck:swap-parts';

/**
 * `deck dev`'s copy of the start CSS in its prerendered page (src/node/vite/dev-first-paint.ts), taken out once the
 * app's own styles are in, so that an edit of a stylesheet shows.
 */
export const DEV_START_CSS_ID = 'deck-dev-start-css';

/** What the event carries: each changed part's module URL (absent when the page never loaded it), and every slide's title. */
export interface SlideSwap {
  parts: { part: string; url?: string }[];
  titles: string[];
}

type Load = () => Promise<ContentModule>;

/** The deck with the swapped parts' loaders replaced (`load(url)`) and the titles updated; every other entry as it was. */
export function withSwappedParts(deck: Deck, swap: SlideSwap, load: (url: string) => Load): Deck {
  const slides = deck.slides.map((entry, index): SlideEntry => {
    const title = swap.titles[index] ?? entry.title;
    const next = { ...entry, title };
    for (const { part, url } of swap.parts) {
      const [kind, number] = part.split('-');
      if (Number(number) !== index + 1 || !url) continue;
      if (kind === 'slide') next.body = load(url);
      if (kind === 'notes' && entry.notes) next.notes = load(url);
    }
    return next.title === entry.title && next.body === entry.body && next.notes === entry.notes ? entry : next;
  });
  return { ...deck, slides };
}

/**
 * In `deck dev`: calls `listener` with the deck as each slide-only save leaves it. The swapped modules are imported
 * fresh (a timestamp in the URL) before the call, so the slide changes in the one render that shows it, with no empty
 * placeholder frame between (a module that fails to load shows its notice as before); the rest of the deck, its
 * position and its state stay. A save overtaken by a later one is left to that one. No-op in a build.
 */
export function onSlideSwap(start: Deck, listener: (deck: Deck) => void): void {
  if (!import.meta.hot) return;
  let deck = start;
  import.meta.hot.on(SLIDE_SWAP_EVENT, (swap: SlideSwap) => {
    const stamp = Date.now();
    const fresh: Load[] = [];
    const next = withSwappedParts(deck, swap, (url) => {
      const load: Load = () => import(/* @vite-ignore */ `${url}${url.includes('?') ? '&' : '?'}t=${stamp}`);
      fresh.push(load);
      return load;
    });
    deck = next;
    void Promise.allSettled(fresh.map((load) => preload(load, { quiet: true }))).then(() => {
      if (deck !== next) return;
      listener(next);
      // A good save is on screen: an overlay left by a request made while the deck was broken is stale (Vite clears its
      // own on any update; a save that arrives while Vite still handles the broken one makes that one's refresh stale).
      document.querySelectorAll('vite-error-overlay').forEach((overlay) => overlay.remove());
    });
  });
}
