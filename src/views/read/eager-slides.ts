import type { Deck } from '../../deck/deck-types.ts';

/** Slides either side of the one the reading view opens at that render at once (the rest near the viewport, or when idle). */
const AROUND_OPENING = 2;

/** Whether the reading view opened at `opening` renders `slide` in its first render (the prerender's too). */
export const rendersAtOnce = (slide: number, opening: number): boolean => Math.abs(slide - opening) <= AROUND_OPENING;

/** The slides (1-based) the reading view opened at `opening` renders at once, of `total`. */
export function slidesAtOnce(opening: number, total: number): number[] {
  return Array.from({ length: total }, (_, index) => index + 1).filter((slide) => rendersAtOnce(slide, opening));
}

/** The slide and notes modules the reading view opened at `opening` shows in its first render. */
export function modulesAtOnce(deck: Deck, opening: number): (() => Promise<unknown>)[] {
  return slidesAtOnce(opening, deck.slides.length).flatMap((slide) => {
    const entry = deck.slides[slide - 1]!;
    return entry.notes ? [entry.body, entry.notes] : [entry.body];
  });
}
