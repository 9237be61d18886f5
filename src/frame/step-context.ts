import { createContext, useContext } from 'react';

/** How many steps of the enclosing slide are revealed; `Infinity` shows the slide fully built. */
export const StepContext = createContext<number>(Number.POSITIVE_INFINITY);

/** The revealed step count of the slide this component is on. */
export function useRevealedSteps(): number {
  return useContext(StepContext);
}
