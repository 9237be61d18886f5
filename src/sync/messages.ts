import type { Position } from '../navigation/navigation.ts';

/** A presenter leads; audience windows (projector, overview, extra tabs) follow it and only it. */
export type Role = 'presenter' | 'audience';

/** What windows agree on: where the deck is and whether the screen is blanked. */
export interface Shared {
  position: Position;
  blank: boolean;
  /** The current slide's steps as the sender counts them, the ones its components claim at run time included. */
  steps?: number;
}

interface Envelope {
  sender: string;
  /** Per sender, strictly increasing: anything not newer than the last seen from that sender is stale. */
  seq: number;
  role: Role;
}

/**
 * One message on the deck's channel. `hello` asks for a presenter's state (sent by every window on open, reload and
 * when its tab is shown again); only a presenter sends `state` (a move, or the answer to a hello when `replyTo` is
 * set) and `topic` messages (what else followers show: pointer, drawings; `data` is the topic owner's to validate).
 */
export type SyncMessage =
  | (Envelope & { type: 'hello' })
  | (Envelope & Shared & { type: 'state'; replyTo?: string })
  | (Envelope & { type: 'topic'; topic: string; data: unknown; replyTo?: string });

/** One window's side of the protocol. */
export interface SyncState {
  self: string;
  role: Role;
  seq: number;
  /** Highest `seq` seen per sender. */
  seen: Readonly<Record<string, number>>;
}

/** What to do with an incoming message. */
export interface Verdict {
  state: SyncState;
  /** Move here (through the reducer); never re-broadcast. */
  adopt: Shared | null;
  /** A presenter's topic message for this follower. */
  topic: { topic: string; data: unknown } | null;
  /** A presenter answers the sender's hello with its state (and its topics' state). */
  answer: boolean;
}

/** A fresh window's protocol state. */
export function createSync(self: string, role: Role): SyncState {
  return { self, role, seq: 0, seen: {} };
}

type Body = { type: 'hello' } | (Shared & { type: 'state'; replyTo?: string }) | { type: 'topic'; topic: string; data: unknown; replyTo?: string };

/** Builds the next outgoing message and this window's state after sending it. */
export function outgoing(state: SyncState, body: Body): [SyncState, SyncMessage] {
  const seq = state.seq + 1;
  const message = { ...body, sender: state.self, seq, role: state.role } as SyncMessage;
  if ('replyTo' in message && message.replyTo === undefined) delete message.replyTo;
  return [{ ...state, seq }, message];
}

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** Whether `value` is a well-formed message (the channel carries whatever any script of the origin posts). */
export function isSyncMessage(value: unknown): value is SyncMessage {
  const message = value as Record<string, unknown> | null;
  if (!message || typeof message !== 'object') return false;
  if (typeof message.sender !== 'string' || !isNumber(message.seq) || (message.role !== 'presenter' && message.role !== 'audience')) return false;
  if (message.replyTo !== undefined && typeof message.replyTo !== 'string') return false;
  if (message.type === 'hello') return true;
  if (message.type === 'topic') return typeof message.topic === 'string';
  const position = message.position as Record<string, unknown> | undefined;
  return (
    message.type === 'state' &&
    isNumber(position?.slide) &&
    isNumber(position.step) &&
    typeof message.blank === 'boolean' &&
    (message.steps === undefined || isNumber(message.steps))
  );
}

/**
 * The pure receive rule: drops malformed, echoed and stale messages and answers meant for others. A presenter
 * answers hellos and follows no one; an audience window takes `state` and `topic` messages from a presenter only.
 */
export function accept(state: SyncState, value: unknown): Verdict {
  const ignore: Verdict = { state, adopt: null, topic: null, answer: false };
  if (!isSyncMessage(value) || value.sender === state.self) return ignore;
  if (value.seq <= (state.seen[value.sender] ?? 0)) return ignore;
  if ('replyTo' in value && value.replyTo !== undefined && value.replyTo !== state.self) return ignore;
  const seen: Verdict = { ...ignore, state: { ...state, seen: { ...state.seen, [value.sender]: value.seq } } };
  if (value.type === 'hello') return { ...seen, answer: state.role === 'presenter' };
  if (state.role === 'presenter' || value.role !== 'presenter') return seen;
  if (value.type === 'topic') return { ...seen, topic: { topic: value.topic, data: value.data } };
  const steps = value.steps === undefined ? {} : { steps: value.steps };
  return { ...seen, adopt: { position: { ...value.position }, blank: value.blank, ...steps } };
}
