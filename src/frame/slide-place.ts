import { createContext } from 'react';
import type { Mode } from '../navigation/location.ts';
import type { StepClaim } from '../navigation/step-claims.ts';

/** Which slide a component is on, and how its window shows that slide. */
export interface SlidePlace {
  /** 1-based. */
  slide: number;
  /** The slide this window is on (not a neighbour mounted hidden, a preview of what comes next or a thumbnail). */
  current: boolean;
  /** Mounted by a view that navigates (audience, presenter): its components may claim steps and move the slide. */
  live: boolean;
}

/** Set by each slide view; `null` outside one. */
export const SlidePlaceContext = createContext<SlidePlace | null>(null);

/** What the app offers a slide's components at run time: the deck's size and view, claims on steps, moves. */
export interface DeckControl {
  length: number;
  mode: Mode;
  /** Sets the claim held by `id` (`null` withdraws it). */
  claim: (id: string, claim: StepClaim | null) => void;
  /** Moves to `step` of `slide` if the deck is on that slide. */
  setStep: (slide: number, step: number) => void;
}

/** Set once by the app; outside it (a unit test, the prerender of one slide) nothing moves. */
export const DeckControlContext = createContext<DeckControl>({ length: 0, mode: 'audience', claim: () => {}, setStep: () => {} });
