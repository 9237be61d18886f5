import { useCallback, useEffect, useMemo, useReducer, useRef } from 'react';
import { samePosition, type DeckShape, type NavAction, type Position } from './navigation.ts';
import { formatHash, parseHash, readHash } from './location.ts';
import { keepPendingUrl } from './pending-url.ts';
import { afterMove } from '../schedule/after-move.ts';
import { positionState, reducePosition, type PositionAction, type PositionState } from './position-state.ts';
import { claimedShape, type StepClaim } from './step-claims.ts';

const START: Position = { slide: 1, step: 0 };

/** The position the URL's hash names (clamped to the deck), or the first slide for none or nonsense. */
export function urlPosition(shape: DeckShape): Position {
  return parseHash(location.hash, shape) ?? START;
}

interface PositionOptions {
  history?: 'per-slide' | 'replace';
  /** Where to start instead of the URL's hash as it is at the first render: what a hydrated prerender shows. */
  start?: Position;
}

/** The steps the deck navigates by, and the way a slide's component claims more of them while the deck runs. */
export interface DeckSteps {
  /** The built step counts raised by what slides claim (see step-claims.ts). */
  shape: DeckShape;
  /** Sets the claim held by `id` (`null` withdraws it). */
  claim: (id: string, claim: StepClaim | null) => void;
}

function initialState(built: DeckShape, start: Position | undefined): PositionState {
  if (typeof location === 'undefined') return positionState(start ?? START);
  // The hash may name a step the slide claims only once it runs (`#/5/1`): that step is waited for.
  return positionState(start ?? urlPosition(built), readHash(location.hash));
}

/**
 * The one owner of the position: a reducer fed by every input, mirrored into the URL hash (history per slide). It
 * also holds the steps slides claim at run time, so every move is checked against the steps the deck really has.
 */
export function usePosition(
  built: DeckShape,
  { history: historyMode = 'per-slide', start }: PositionOptions = {},
): [Position, (action: NavAction) => void, DeckSteps] {
  const reducer = useCallback((state: PositionState, action: PositionAction) => reducePosition(state, action, built), [built]);
  const [state, dispatch] = useReducer(reducer, undefined, () => initialState(built, start));
  const { position, claims } = state;
  const shape = useMemo(() => claimedShape(built, claims), [built, claims]);
  const latestShape = useRef(shape);
  latestShape.current = shape;
  const written = useRef<Position | null>(null);
  const shown = useRef(position);
  shown.current = position;
  /** The URL write waiting for the frame after a move; cancelled when the user moves through history first. */
  const pending = useRef<{ cancel: () => void; url: string } | null>(null);

  useEffect(() => {
    const fromUrl = () => {
      pending.current?.cancel();
      pending.current = null;
      const target = readHash(location.hash) ?? START;
      written.current = parseHash(location.hash, latestShape.current) ?? START;
      dispatch({ type: 'goto', slide: target.slide, step: target.step });
    };
    // Leaving (a reload, a link) before the write: the next load of this tab puts the URL right (pending-url.ts).
    const keep = () => pending.current && keepPendingUrl(pending.current.url);
    window.addEventListener('popstate', fromUrl);
    window.addEventListener('hashchange', fromUrl);
    window.addEventListener('pagehide', keep);
    // The hash can change between the first render and now (set while the app was still loading or hydrating,
    // before anyone listened): follow it.
    if (!samePosition(urlPosition(latestShape.current), shown.current)) fromUrl();
    return () => {
      window.removeEventListener('popstate', fromUrl);
      window.removeEventListener('hashchange', fromUrl);
      window.removeEventListener('pagehide', keep);
    };
  }, [built]);

  const mirrored = useRef(false);
  useEffect(() => {
    // First run with a URL that has moved on since the first render: the listener effect above follows it; writing
    // this position now would overwrite the newer hash. (Not `written === null`: that effect may have set it already.)
    const first = !mirrored.current;
    mirrored.current = true;
    if (first && !samePosition(urlPosition(latestShape.current), position)) return;
    const previous = written.current;
    written.current = position;
    if (location.hash === formatHash(position)) return;
    const push = historyMode === 'per-slide' && previous !== null && previous.slide !== position.slide;
    // Written after the frame that shows the move: a history entry is a round trip to the browser process, which
    // on a busy machine delays that frame. A move that comes first writes this one at once, so every slide still
    // gets its history entry, in order.
    const url = `${location.pathname}${location.search}${formatHash(position)}`;
    const write = () => {
      pending.current = null;
      if (push) history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    };
    const cancel = afterMove.writeUrl(write);
    const entry = { cancel, url };
    pending.current = entry;
    return () => {
      if (pending.current !== entry) return;
      cancel();
      write();
    };
  }, [position, historyMode]);

  const claim = useCallback((id: string, claimed: StepClaim | null) => dispatch({ type: 'claim', id, claim: claimed }), []);
  const steps = useMemo(() => ({ shape, claim }), [shape, claim]);
  return [position, dispatch, steps];
}
