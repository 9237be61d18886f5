import { createContext, useContext } from 'react';

/**
 * Where the deck's chrome (its top-level Head, Header and Footer) renders: `head` (document title), the `header` and
 * `footer` of each frame, or `null` inside a slide.
 */
export type ChromeSlot = 'head' | 'header' | 'footer' | null;

/** The slot being rendered; the deck's chrome renders once per slot. */
export const ChromeSlotContext = createContext<ChromeSlot>(null);

/** Whether a Head/Header/Footer should render here: in its own slot, or in place when used inside a slide. */
export function useChromeSlot(own: Exclude<ChromeSlot, null>): boolean {
  const slot = useContext(ChromeSlotContext);
  return slot === null || slot === own;
}
