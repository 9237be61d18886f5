import { createContext, useContext, useSyncExternalStore } from 'react';
import type { InkParts } from './use-ink.ts';
import type { InkSession, InkState } from './ink-session.ts';

/** The window's ink session and the components that draw it, once the ink code has loaded (use-ink.ts). */
export interface Ink {
  session: InkSession;
  parts: InkParts;
}

/** The window's ink, for the views that draw (audience and presenter); null until it has loaded. */
export const InkContext = createContext<Ink | null>(null);

/** The window's ink session, or null (not loaded yet, or a view rendered on its own). */
export const useInkSession = (): InkSession | null => useContext(InkContext)?.session ?? null;

/** What the session shows now; re-renders the caller on every change (the prerender's: nothing). */
export const useInkState = (session: InkSession): InkState => useSyncExternalStore(session.subscribe, session.getSnapshot, session.getServerSnapshot);

/** Where a deck's strokes are kept for the session (per tab, so a reload keeps them and closing the tab ends them). */
export const storageKey = (deckId: string) => `deck-ink:${deckId}`;
