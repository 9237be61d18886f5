import { createContext, useCallback, useContext, useEffect, useMemo } from 'react';
import type { Mode } from '../../navigation/location.ts';
import { claimedSteps } from '../../navigation/step-claims.ts';
import { useSlideSteps, type StepRequest } from '../../frame/use-slide-steps.ts';
import type { MdxDeckFlavor } from './deck-theme.ts';
import type { MdxDeckTheme } from './theme-types.ts';

/** mdx-deck's names for its modes: v2 called the slides alone `normal`, v4 `default`. */
export type MdxDeckMode = 'normal' | 'default' | 'presenter' | 'overview' | 'print';

/** What `useDeck()` gives a deck's own component, as mdx-deck 2–4 did. */
export interface DeckContextValue {
  /** The slide's 0-based index. */
  index: number;
  length: number;
  /** The slide's current step (0 before any press). */
  step: number;
  mode: MdxDeckMode;
  /** The slide the window is on (not a neighbour mounted ahead, a preview or a thumbnail). */
  main: boolean;
  theme: MdxDeckTheme;
  /** Goes to a step of this slide, when the window is on it (a number, or a function of the current step). */
  setStep: (step: StepRequest) => void;
  /** mdx-deck 4: this slide has (at least) `steps` steps. */
  setSteps: (steps: number) => void;
  /** mdx-deck 2: `register(index, { steps })`; mdx-deck 3: `register(index, 'steps', n)`. */
  register: (index: number, options: unknown, value?: unknown) => void;
}

/** What the mdx-deck runtime sets per slide: its index, the slide count, the resolved theme and the deck's flavour. */
export interface MdxDeckSlideValue {
  index: number;
  length: number;
  theme: MdxDeckTheme;
  flavor: MdxDeckFlavor;
}

/** Set per slide by the mdx-deck runtime (deck-runtime.tsx). */
export const MdxDeckContext = createContext<MdxDeckSlideValue>({ index: 0, length: 0, theme: {}, flavor: 4 });

const MODES: Record<Mode, Exclude<MdxDeckMode, 'normal'>> = {
  audience: 'default',
  presenter: 'presenter',
  overview: 'overview',
  // mdx-deck's print mode showed every slide stacked and fully built, as the reading view does.
  print: 'print',
  read: 'print',
  remote: 'default',
};

function mdxDeckMode(mode: Mode, flavor: MdxDeckFlavor): MdxDeckMode {
  const name = MODES[mode];
  return name === 'default' && flavor === 2 ? 'normal' : name;
}

/** The steps named by mdx-deck 2's `{ steps }` or mdx-deck 3's `'steps', n`; `undefined` for anything else (notes). */
function registeredSteps(options: unknown, value: unknown): unknown {
  if (options === 'steps') return value;
  return typeof options === 'object' && options !== null ? (options as { steps?: unknown }).steps : undefined;
}

/** mdx-deck's `useDeck()`: where in the deck this slide is, and the setters its components moved it with. */
export function useDeck(): DeckContextValue {
  const slide = useContext(MdxDeckContext);
  const { place, control, revealed, claim, setStep } = useSlideSteps();
  const setSteps = useCallback((steps: number) => claim('setSteps', steps), [claim]);
  const register = useCallback(
    (index: number, options: unknown, value?: unknown) => {
      const steps = registeredSteps(options, value);
      if (steps !== undefined && Number.isInteger(index)) claim(`register:${index}`, steps, index + 1);
    },
    [claim],
  );
  return useMemo(
    () => ({
      theme: slide.theme,
      index: place ? place.slide - 1 : slide.index,
      length: control.length || slide.length,
      step: Number.isFinite(revealed) ? revealed : 0,
      mode: mdxDeckMode(control.mode, slide.flavor),
      main: place ? place.live && place.current : true,
      setStep,
      setSteps,
      register,
    }),
    [slide, place, control, revealed, setStep, setSteps, register],
  );
}

/**
 * mdx-deck's `useSteps(n)`: the slide gets (at least) `n` steps for as long as the component is on it, and the hook
 * gives the slide's current step up to `n`: 0 before any press, `n` where slides show fully built (print, overview,
 * reading view).
 */
export function useSteps(length: number): number {
  const { place, revealed, claim, withdraw } = useSlideSteps();
  const slide = place?.slide;
  const live = place?.live;
  useEffect(() => {
    claim('useSteps', length);
    return () => withdraw('useSteps');
  }, [claim, withdraw, length, slide, live]);
  return Math.min(claimedSteps(length) ?? 0, revealed);
}

/** mdx-deck 2's `useTheme()`: the deck's theme. */
export function useTheme(): MdxDeckTheme {
  return useContext(MdxDeckContext).theme;
}
