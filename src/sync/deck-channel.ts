import { createContext, useContext } from 'react';

/**
 * What else than the position a presenter shares with the windows following it (pointer, drawings), by topic.
 * `data` must be structured-cloneable; each topic's owner validates what it receives.
 */
export interface DeckChannel {
  /** In a presenter window: sends `data` under `topic` to every following window (elsewhere it does nothing). */
  publish(topic: string, data: unknown): void;
  /** In a following window: `handler` gets each `topic` message from the presenter. Returns the unsubscribe. */
  subscribe(topic: string, handler: (data: unknown) => void): () => void;
  /** In a presenter window: `handler` runs when a window opens, reloads or is shown again, to publish what it missed. Returns the unsubscribe. */
  onJoin(handler: () => void): () => void;
}

/** A channel that carries nothing: print view, reading view, tests. */
export const NO_CHANNEL: DeckChannel = { publish: () => {}, subscribe: () => () => {}, onJoin: () => () => {} };

/** The deck's channel, provided by the app. */
export const DeckChannelContext = createContext<DeckChannel>(NO_CHANNEL);

/** The deck channel of this window (see DeckChannel). */
export const useDeckChannel = (): DeckChannel => useContext(DeckChannelContext);
