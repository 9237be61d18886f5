import { accept, createSync, outgoing, type Role, type Shared, type SyncMessage } from './messages.ts';

/** What a window sends: the protocol's messages without their envelope. */
export type Body = Parameters<typeof outgoing>[1];

/** The window's side of the link: its state as it is now, and what to do with what the presenter sends. */
export interface LinkHost {
  deckId: string;
  role: Role;
  /** This window's state now (a presenter's answer to a hello carries it). */
  latest: () => Shared;
  /** A following window moves to the presenter's state. */
  adopt: (shared: Shared) => void;
  /** A following window gets a presenter's topic message. */
  topic: (topic: string, data: unknown) => void;
  /** A presenter answered a window that opened, reloaded or was shown again. */
  joined: () => void;
}

const windowId = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

/**
 * Opens the deck's BroadcastChannel for one window and runs the protocol on it (messages.ts): a presenter announces
 * its state at once and answers hellos; any other window says hello now and whenever its tab is shown again. Returns
 * how to send and how to close. Loaded after the deck is first ready (use-channel.ts): none of it is in the start chunk.
 */
export function openLink(host: LinkHost): { post: (body: Body) => void; close: () => void } {
  const channel = new BroadcastChannel(`deck:${host.deckId}`);
  let sync = createSync(windowId(), host.role);
  const post = (body: Body) => {
    const [next, message] = outgoing(sync, body);
    sync = next;
    channel.postMessage(message);
  };
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const verdict = accept(sync, event.data);
    sync = verdict.state;
    if (verdict.answer) {
      post({ type: 'state', ...host.latest(), replyTo: (event.data as SyncMessage).sender });
      host.joined();
    }
    if (verdict.adopt) host.adopt(verdict.adopt);
    if (verdict.topic) host.topic(verdict.topic.topic, verdict.topic.data);
  };
  const onShown = () => {
    if (document.visibilityState === 'visible') post({ type: 'hello' });
  };
  if (host.role === 'presenter') post({ type: 'state', ...host.latest() });
  else {
    document.addEventListener('visibilitychange', onShown);
    post({ type: 'hello' });
  }
  return {
    post,
    close: () => {
      document.removeEventListener('visibilitychange', onShown);
      channel.close();
    },
  };
}
