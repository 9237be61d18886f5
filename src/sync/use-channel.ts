import { useEffect, useMemo, useRef } from 'react';
import { afterMove } from '../schedule/after-move.ts';
import { onceReady } from '../schedule/ready.ts';
import { lazyPart } from '../lazy/lazy-parts.ts';
import { preload } from '../lazy/use-module.ts';
import type { Role, Shared } from './messages.ts';
import type { DeckChannel } from './deck-channel.ts';
import type { Body } from './channel-link.ts';

/** The protocol and the channel itself (channel-link.ts): a window needs them once the deck is first ready. */
const loadLink = lazyPart(() => import('./channel-link.ts'), { print: false });
/** When the channel opens even if the deck is not ready by then. */
const LATEST_OPEN_MS = 3000;

interface ChannelOptions {
  /** Windows of the same deck share a channel named by it. */
  deckId: string;
  role: Role;
  enabled: boolean;
  /** This window's state; a presenter broadcasts it whenever it changes. */
  shared: Shared;
  /** Called in a following window with the presenter's state; the caller moves through the reducer. */
  adopt: (shared: Shared) => void;
}

const same = (a: Shared, b: Shared) =>
  a.position.slide === b.position.slide && a.position.step === b.position.step && a.blank === b.blank && a.steps === b.steps;

/**
 * Keeps the deck's windows in step with a presenter over a BroadcastChannel. A presenter announces its state on
 * open and on every local move and answers hellos; every other window says hello on open and whenever its tab is
 * shown again, follows the presenter's answers and moves, and sends nothing of its own: with no presenter open,
 * each window stays where its URL put it. Returns the channel for the topics beside the position (DeckChannel).
 * The channel opens once the deck is first ready: what is on screen comes first, and a move made before that is in
 * the state a presenter announces when it opens.
 */
export function useChannel({ deckId, role, enabled, shared, adopt }: ChannelOptions): DeckChannel {
  const latest = useRef(shared);
  latest.current = shared;
  const onAdopt = useRef(adopt);
  onAdopt.current = adopt;
  /** What the other windows already know: the state we opened with, last sent or last adopted. */
  const known = useRef(shared);
  const send = useRef<(body: Body) => void>(() => {});
  const subscribers = useRef(new Map<string, Set<(data: unknown) => void>>());
  const joiners = useRef(new Set<() => void>());

  useEffect(() => {
    if (!enabled || typeof BroadcastChannel === 'undefined') return;
    let live = true;
    let close = () => {};
    const opened = (link: Awaited<ReturnType<typeof loadLink>>) => {
      if (!live) return;
      const host = {
        deckId,
        role,
        latest: () => latest.current,
        adopt: (adopted: Shared) => {
          known.current = adopted;
          onAdopt.current(adopted);
        },
        topic: (topic: string, data: unknown) => {
          for (const handler of subscribers.current.get(topic) ?? []) handler(data);
        },
        joined: () => {
          for (const joined of joiners.current) joined();
        },
      };
      const { post, close: closeLink } = link.openLink(host);
      send.current = post;
      close = closeLink;
    };
    let started = false;
    // Quietly: the other windows are not what is on screen. Offline before it loaded, this window stays on its own.
    const start = () => {
      if (started) return;
      started = true;
      preload(loadLink, { quiet: true }).then(opened, () => {});
    };
    const stop = onceReady(start);
    // A deck that is never ready (a slide that keeps failing to load) still follows its presenter.
    const late = setTimeout(start, LATEST_OPEN_MS);
    return () => {
      live = false;
      stop();
      clearTimeout(late);
      send.current = () => {};
      close();
    };
  }, [deckId, role, enabled]);

  const { position, blank, steps } = shared;
  useEffect(() => {
    const now = { position, blank, steps };
    if (same(now, known.current)) return;
    known.current = now;
    if (role !== 'presenter') return;
    // After the frame that shows the move (a message to other windows goes through the browser process). A later
    // move cancels this one; its own message carries the newest state.
    return afterMove.tellOtherWindows(() => send.current({ type: 'state', ...latest.current }));
  }, [position, blank, steps, role]);

  return useMemo<DeckChannel>(
    () => ({
      publish: (topic, data) => {
        if (role === 'presenter') send.current({ type: 'topic', topic, data });
      },
      subscribe: (topic, handler) => {
        const set = subscribers.current.get(topic) ?? new Set();
        subscribers.current.set(topic, set.add(handler));
        return () => void set.delete(handler);
      },
      onJoin: (handler) => {
        joiners.current.add(handler);
        return () => void joiners.current.delete(handler);
      },
    }),
    [role],
  );
}
