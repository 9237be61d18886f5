import { createContext, useContext } from 'react';

/** Where deck-wide parts render: `head` (document title), the `header` and `footer` of each frame, or `null` inside a slide. */
export type ChromeSlot = 'head' | 'header' | 'footer' | null;

export const ChromeSlotContext = createContext<ChromeSlot>(null);

/** Whether a Head/Header/Footer should render here: in its own slot, or in place when used inside a slide. */
export function useChromeSlot(own: Exclude<ChromeSlot, null>): boolean {
  const slot = useContext(ChromeSlotContext);
  return slot === null || slot === own;
}

/** True while rendering a slide's notes part: Notes elements show only there. */
export const NotesContext = createContext(false);
