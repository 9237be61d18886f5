import type { DeckShape } from './navigation.ts';

/**
 * Steps a slide's components ask for while the deck runs (mdx-deck's `useSteps(n)`, `setSteps`, `register`), on top
 * of the steps counted at build time. Each claim is held by one id (a component instance, or a follower's record of
 * what the presenter counts) and lasts until its holder withdraws it, so a slide that unmounts leaves nothing behind.
 */

/** A claim: slide `slide` (1-based) has at least `steps` steps, so positions 0 … `steps`. */
export interface StepClaim {
  slide: number;
  steps: number;
}

/** Every claim held, by the id of its holder. */
export type StepClaims = ReadonlyMap<string, StepClaim>;

/** No claims: the deck as built. */
export const NO_CLAIMS: StepClaims = new Map();

/** More than any slide needs: a bigger claim counts as this many (a typo must not make a slide of a billion steps). */
export const MAX_CLAIMED_STEPS = 1000;

/** A claimed step count as a whole number 0 … MAX_CLAIMED_STEPS, or `null` for a value that is not a count. */
export function claimedSteps(value: unknown): number | null {
  if (typeof value !== 'number' || Number.isNaN(value) || value < 0) return null;
  return Math.min(MAX_CLAIMED_STEPS, Math.floor(value));
}

/** The claims with `id`'s set to `claim` (`null` withdraws it); the same object when that changes nothing. */
export function withClaim(claims: StepClaims, id: string, claim: StepClaim | null): StepClaims {
  const held = claims.get(id);
  if (claim === null ? held === undefined : held?.slide === claim.slide && held.steps === claim.steps) return claims;
  const next = new Map(claims);
  if (claim === null) next.delete(id);
  else next.set(id, { slide: claim.slide, steps: claim.steps });
  return next;
}

/** The shape the deck navigates: each slide's steps are the most of its built count and every claim on it. */
export function claimedShape(built: DeckShape, claims: StepClaims): DeckShape {
  let shape: number[] | null = null;
  for (const { slide, steps } of claims.values()) {
    const index = slide - 1;
    if (!Number.isInteger(index) || index < 0 || index >= built.length || steps <= (shape ?? built)[index]!) continue;
    shape ??= [...built];
    shape[index] = steps;
  }
  return shape ?? built;
}
