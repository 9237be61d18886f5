import { useEffect, useRef } from 'react';
import { afterMove } from '../schedule/after-move.ts';
import { accept, createSync, outgoing, type Role, type Shared, type SyncMessage } from './messages.ts';

interface ChannelOptions {
  /** Windows of the same deck share a channel named by it. */
  deckId: string;
  role: Role;
  enabled: boolean;
  /** This window's state, broadcast whenever it changes locally. */
  shared: Shared;
  /** Called with a state taken from another window; the caller moves through the reducer. */
  adopt: (shared: Shared) => void;
}

type Send = (type: SyncMessage['type'], options?: { replyTo?: string; opening?: boolean }) => void;

const windowId = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

const same = (a: Shared, b: Shared) => a.position.slide === b.position.slide && a.position.step === b.position.step && a.blank === b.blank;

/**
 * Keeps the deck's windows in step over a BroadcastChannel: says hello on open and whenever the tab is
 * shown again, answers others' hellos, broadcasts local moves, and never re-broadcasts what it adopted.
 */
export function useChannel({ deckId, role, enabled, shared, adopt }: ChannelOptions): void {
  const latest = useRef(shared);
  latest.current = shared;
  const onAdopt = useRef(adopt);
  onAdopt.current = adopt;
  /** What the other windows already know: the state we opened with, last sent or last adopted. */
  const known = useRef(shared);
  const send = useRef<Send>(() => {});

  useEffect(() => {
    if (!enabled || typeof BroadcastChannel === 'undefined') return;
    const channel = new BroadcastChannel(`deck:${deckId}`);
    let sync = createSync(windowId(), role);
    const post: Send = (type, options) => {
      const [next, message] = outgoing(sync, type, latest.current, options);
      sync = next;
      channel.postMessage(message);
    };
    channel.onmessage = (event: MessageEvent<unknown>) => {
      const verdict = accept(sync, event.data);
      sync = verdict.state;
      if (verdict.answer) post('state', { replyTo: (event.data as SyncMessage).sender });
      if (verdict.adopt) {
        known.current = verdict.adopt;
        onAdopt.current(verdict.adopt);
      }
    };
    const onShown = () => {
      if (document.visibilityState === 'visible') post('hello');
    };
    document.addEventListener('visibilitychange', onShown);
    send.current = post;
    post('hello', { opening: true });
    return () => {
      send.current = () => {};
      document.removeEventListener('visibilitychange', onShown);
      channel.close();
    };
  }, [deckId, role, enabled]);

  const { position, blank } = shared;
  useEffect(() => {
    const now = { position, blank };
    if (same(now, known.current)) return;
    known.current = now;
    // After the frame that shows the move (a message to other windows goes through the browser process). A later
    // move cancels this one; its own message carries the newest state.
    return afterMove.tellOtherWindows(() => send.current('state'));
  }, [position, blank]);
}
