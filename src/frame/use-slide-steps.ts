import { useCallback, useContext, useEffect, useId, useMemo, useRef } from 'react';
import { claimedSteps } from '../navigation/step-claims.ts';
import { DeckControlContext, SlidePlaceContext, type DeckControl, type SlidePlace } from './slide-place.ts';
import { useRevealedSteps } from './step-context.ts';

/** A step to go to, or how to get it from the slide's current one (as React's setters take). */
export type StepRequest = number | ((step: number) => number);

/** A component's handle on its slide's steps while the deck runs (what mdx-deck's `useSteps` and `useDeck` need). */
export interface SlideSteps {
  place: SlidePlace | null;
  control: DeckControl;
  /** Steps revealed on this slide; `Infinity` where it shows fully built. */
  revealed: number;
  /** Claims `steps` for `slide` (default: this one) under `key`, for as long as the component is mounted and live. */
  claim: (key: string, steps: unknown, slide?: number) => void;
  withdraw: (key: string) => void;
  /** Moves this window to a step of this slide, when it is the slide the window is on; ignored anywhere else. */
  setStep: (step: StepRequest) => void;
}

/**
 * The claims a component makes are its own: each is named by the component's id and a key, and all of them are
 * withdrawn when it unmounts, so a slide that goes leaves no count behind. The functions keep their identity for the
 * component's life (components put them in effect dependencies, as they did React's setters in mdx-deck).
 */
export function useSlideSteps(): SlideSteps {
  const place = useContext(SlidePlaceContext);
  const control = useContext(DeckControlContext);
  const revealed = useRevealedSteps();
  const id = useId();
  const latest = useRef({ place, control, revealed });
  latest.current = { place, control, revealed };
  const held = useRef(new Set<string>());

  const withdraw = useCallback(
    (key: string) => {
      if (held.current.delete(key)) latest.current.control.claim(`${id}${key}`, null);
    },
    [id],
  );
  const claim = useCallback(
    (key: string, value: unknown, slide?: number) => {
      const { place: here, control: app } = latest.current;
      const steps = claimedSteps(value);
      if (!here?.live || steps === null) return withdraw(key);
      held.current.add(key);
      app.claim(`${id}${key}`, { slide: slide ?? here.slide, steps });
    },
    [id, withdraw],
  );
  const setStep = useCallback((request: StepRequest) => {
    const { place: here, control: app, revealed: step } = latest.current;
    if (!here?.live || !here.current) return;
    const value = typeof request === 'function' ? request(step) : request;
    if (typeof value === 'number' && Number.isFinite(value)) app.setStep(here.slide, Math.max(0, Math.trunc(value)));
  }, []);
  useEffect(
    () => () => {
      for (const key of held.current) latest.current.control.claim(`${id}${key}`, null);
      held.current.clear();
    },
    [id],
  );
  return useMemo(() => ({ place, control, revealed, claim, withdraw, setStep }), [place, control, revealed, claim, withdraw, setStep]);
}
