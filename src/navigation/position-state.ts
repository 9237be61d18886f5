import { clampPosition, lastStep, navigate, samePosition, type DeckShape, type NavAction, type Position } from './navigation.ts';
import { claimedShape, claimedSteps, NO_CLAIMS, withClaim, type StepClaim, type StepClaims } from './step-claims.ts';

/**
 * Where a move meant to go when the slide had not claimed the steps for it yet (a deep link `#/5/2`, the presenter's
 * step, a slide's own `setStep`, or `prev` onto a slide whose last step is still to come). `at` is where it landed
 * instead: the deck moves on to the wanted place as soon as the claims allow, unless something moved it first.
 */
export interface Wanted {
  slide: number;
  step: number | 'last';
  at: Position;
}

/** The position reducer's state: the position, what it still waits for, and the steps slides claim at run time. */
export interface PositionState {
  position: Position;
  wanted: Wanted | null;
  claims: StepClaims;
}

/** Every input's moves, plus a component claiming (or with `null` withdrawing) steps for its slide. */
export type PositionAction = NavAction | { type: 'claim'; id: string; claim: StepClaim | null };

/** The id under which a follower holds what its presenter counts on the presenter's slide. */
export const LEADER_CLAIM = 'leader';

/** The state at `position`; `requested` is where the URL asked to be, when that was more than the deck holds yet. */
export function positionState(position: Position, requested: Position | null = null): PositionState {
  const wanted =
    requested && requested.slide === position.slide && requested.step > position.step ? { slide: position.slide, step: requested.step, at: position } : null;
  return { position, wanted, claims: NO_CLAIMS };
}

function wantedAfter(from: Position, action: NavAction, to: Position): Wanted | null {
  if (action.type === 'prev') return to.slide < from.slide ? { slide: to.slide, step: 'last', at: to } : null;
  if (action.type !== 'goto' && action.type !== 'step') return null;
  const step = Math.trunc(action.step ?? 0);
  return to.slide === Math.trunc(action.slide) && step > to.step ? { slide: to.slide, step, at: to } : null;
}

/** After the claims changed: on to the wanted place if it can now be held, else back inside the slide if it shrank. */
function settle(state: PositionState, built: DeckShape): PositionState {
  const shape = claimedShape(built, state.claims);
  const { position, wanted } = state;
  if (wanted && samePosition(wanted.at, position)) {
    const step = wanted.step === 'last' ? lastStep(wanted.slide, shape) : wanted.step;
    const target = clampPosition({ slide: wanted.slide, step }, shape);
    const waiting = wanted.step === 'last' || target.step < wanted.step;
    return { ...state, position: samePosition(target, position) ? position : target, wanted: waiting ? { ...wanted, at: target } : null };
  }
  const clamped = clampPosition(position, shape);
  // A claim withdrawn under the current step (its component remounting, a slide edited): come back when it returns.
  if (samePosition(clamped, position)) return state;
  return { ...state, position: clamped, wanted: { slide: position.slide, step: position.step, at: clamped } };
}

/** The pure reducer behind `usePosition`: (state, action) → state, its position always valid for the claimed shape. */
export function reducePosition(state: PositionState, action: PositionAction, built: DeckShape): PositionState {
  if (action.type === 'claim') {
    const claims = withClaim(state.claims, action.id, action.claim);
    return claims === state.claims ? state : settle({ ...state, claims }, built);
  }
  let claims = state.claims;
  const leader = action.type === 'goto' ? claimedSteps(action.steps) : null;
  if (action.type === 'goto' && leader !== null) claims = withClaim(claims, LEADER_CLAIM, { slide: Math.trunc(action.slide), steps: leader });
  const position = navigate(state.position, action, claimedShape(built, claims));
  // A slide's own step request for a slide the deck has left changes nothing.
  if (action.type === 'step' && position.slide !== action.slide) return state;
  const wanted = wantedAfter(clampPosition(state.position, built), action, position);
  if (claims === state.claims && wanted === null && state.wanted === null && samePosition(position, state.position)) return state;
  return { position: samePosition(position, state.position) ? state.position : position, wanted, claims };
}
