import { createContext, useContext, useEffect, useMemo, useSyncExternalStore } from 'react';
import type { DeckChannel } from '../sync/deck-channel.ts';
import { InkSession, type InkState } from './ink-session.ts';

/** The window's ink session, for the views that draw (audience and presenter). */
export const InkContext = createContext<InkSession | null>(null);

/** The window's ink session, or null outside the app (a view rendered on its own). */
export const useInkSession = (): InkSession | null => useContext(InkContext);

/** What the session shows now; re-renders the caller on every change (the prerender's: nothing). */
export const useInkState = (session: InkSession): InkState => useSyncExternalStore(session.subscribe, session.getSnapshot, session.getServerSnapshot);

/** One ink session per deck for this window. */
export const useInk = (deckId: string): InkSession => useMemo(() => new InkSession(deckId), [deckId]);

/** Joins the session to the deck's channel: a presenter's ink goes to its followers, a follower shows it. */
export function useInkSync(session: InkSession, channel: DeckChannel): void {
  useEffect(() => session.connect(channel), [session, channel]);
}
