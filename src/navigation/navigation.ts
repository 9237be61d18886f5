/** Where the deck is: `slide` is 1-based, `step` 0-based (0 = nothing revealed yet). */
export interface Position {
  slide: number;
  step: number;
}

/** What can move the position; every input (keys, URL, swipe, sync) dispatches one of these. */
export type NavAction =
  | { type: 'next' }
  | { type: 'prev' }
  | { type: 'nextSlide' }
  | { type: 'prevSlide' }
  | { type: 'first' }
  | { type: 'last' }
  /** `steps`: what the window this one follows counts on that slide (its runtime steps included). */
  | { type: 'goto'; slide: number; step?: number; steps?: number }
  /** A step of `slide` if the deck is on that slide, else nothing (a slide's own component moving it). */
  | { type: 'step'; slide: number; step: number };

/** Steps revealed per slide (index 0 = slide 1); slide N has positions 0 … steps[N-1]. */
export type DeckShape = readonly number[];

function clampInt(value: number, min: number, max: number): number {
  if (!Number.isFinite(value)) return min;
  return Math.min(max, Math.max(min, Math.trunc(value)));
}

/** Brings any position into the deck: out-of-range slides and steps go to the nearest valid one. */
export function clampPosition(position: Position, shape: DeckShape): Position {
  const slide = clampInt(position.slide, 1, Math.max(1, shape.length));
  const step = clampInt(position.step, 0, shape[slide - 1] ?? 0);
  return { slide, step };
}

/** The last position of a slide (0 for a slide without steps). */
export function lastStep(slide: number, shape: DeckShape): number {
  return shape[slide - 1] ?? 0;
}

/** The pure position reducer: (position, action) → position, always valid for `shape`. */
export function navigate(position: Position, action: NavAction, shape: DeckShape): Position {
  const here = clampPosition(position, shape);
  const total = Math.max(1, shape.length);
  switch (action.type) {
    case 'next':
      if (here.step < lastStep(here.slide, shape)) return { slide: here.slide, step: here.step + 1 };
      return here.slide < total ? { slide: here.slide + 1, step: 0 } : here;
    case 'prev':
      if (here.step > 0) return { slide: here.slide, step: here.step - 1 };
      return here.slide > 1 ? { slide: here.slide - 1, step: lastStep(here.slide - 1, shape) } : here;
    case 'nextSlide':
      return here.slide < total ? { slide: here.slide + 1, step: 0 } : here;
    case 'prevSlide':
      return here.slide > 1 ? { slide: here.slide - 1, step: 0 } : { slide: 1, step: 0 };
    case 'first':
      return { slide: 1, step: 0 };
    case 'last':
      return { slide: total, step: 0 };
    case 'goto':
      return clampPosition({ slide: action.slide, step: action.step ?? 0 }, shape);
    case 'step':
      return action.slide === here.slide ? clampPosition({ slide: here.slide, step: action.step }, shape) : here;
  }
}

/** True when two positions name the same place. */
export function samePosition(a: Position, b: Position): boolean {
  return a.slide === b.slide && a.step === b.step;
}
