/** How the audience view moves from one slide to the next (`export const meta = { transition }`). */
export type Transition = 'none' | 'fade' | 'slide';

const TRANSITIONS: readonly Transition[] = ['none', 'fade', 'slide'];

/** `meta.transition` as written, or `none` for anything else (the default: a slide change is one frame). */
export function parseTransition(value: unknown): Transition {
  return TRANSITIONS.includes(value as Transition) ? (value as Transition) : 'none';
}

/** Whether a value written as `meta.transition` is one the deck knows: for a build warning on a typo. */
export function isTransition(value: unknown): boolean {
  return TRANSITIONS.includes(value as Transition);
}

/** The slide shown now and the one shown before it (none yet on first paint: no entrance transition then). */
export interface SlideTrail {
  current: number;
  previous?: number;
}

/** The trail after a render showing `slide`: unchanged on a step within the slide. */
export function nextTrail(trail: SlideTrail, slide: number): SlideTrail {
  return trail.current === slide ? trail : { current: slide, previous: trail.current };
}

/** The stage's attributes for a transition: none before the first slide change, nor when the deck has none. */
export function transitionAttributes(transition: Transition, trail: SlideTrail): Record<string, string> {
  if (transition === 'none' || trail.previous === undefined) return {};
  return { 'data-transition': transition, 'data-direction': trail.current > trail.previous ? 'forward' : 'back' };
}
