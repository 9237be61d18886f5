import { useEffect, useMemo, useRef } from 'react';
import { afterMove } from '../schedule/after-move.ts';
import { accept, createSync, outgoing, type Role, type Shared, type SyncMessage } from './messages.ts';
import type { DeckChannel } from './deck-channel.ts';

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

type Body = Parameters<typeof outgoing>[1];

const windowId = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

const same = (a: Shared, b: Shared) =>
  a.position.slide === b.position.slide && a.position.step === b.position.step && a.blank === b.blank && a.steps === b.steps;

/**
 * Keeps the deck's windows in step with a presenter over a BroadcastChannel. A presenter announces its state on
 * open and on every local move and answers hellos; every other window says hello on open and whenever its tab is
 * shown again, follows the presenter's answers and moves, and sends nothing of its own: with no presenter open,
 * each window stays where its URL put it. Returns the channel for the topics beside the position (DeckChannel).
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
    const channel = new BroadcastChannel(`deck:${deckId}`);
    let sync = createSync(windowId(), role);
    const post = (body: Body) => {
      const [next, message] = outgoing(sync, body);
      sync = next;
      channel.postMessage(message);
    };
    channel.onmessage = (event: MessageEvent<unknown>) => {
      const verdict = accept(sync, event.data);
      sync = verdict.state;
      if (verdict.answer) {
        post({ type: 'state', ...latest.current, replyTo: (event.data as SyncMessage).sender });
        for (const joined of joiners.current) joined();
      }
      if (verdict.adopt) {
        known.current = verdict.adopt;
        onAdopt.current(verdict.adopt);
      }
      if (verdict.topic) for (const handler of subscribers.current.get(verdict.topic.topic) ?? []) handler(verdict.topic.data);
    };
    const onShown = () => {
      if (document.visibilityState === 'visible') post({ type: 'hello' });
    };
    if (role === 'presenter') post({ type: 'state', ...latest.current });
    else {
      document.addEventListener('visibilitychange', onShown);
      post({ type: 'hello' });
    }
    send.current = post;
    return () => {
      send.current = () => {};
      document.removeEventListener('visibilitychange', onShown);
      channel.close();
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
