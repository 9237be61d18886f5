import type { Position } from '../navigation/navigation.ts';

/** A presenter leads; audience windows (projector, overview, extra tabs) follow it and each other. */
export type Role = 'presenter' | 'audience';

/** What windows agree on: where the deck is and whether the screen is blanked. */
export interface Shared {
  position: Position;
  blank: boolean;
}

/**
 * One message on the deck's channel. `hello` asks the others for their state (sent on open, reload and
 * when a tab becomes visible); `state` announces a local move, or answers a hello when `replyTo` is set.
 */
export interface SyncMessage extends Shared {
  type: 'hello' | 'state';
  sender: string;
  /** Per sender, strictly increasing: anything not newer than the last seen from that sender is stale. */
  seq: number;
  role: Role;
  replyTo?: string;
}

/** One window's side of the protocol. */
export interface SyncState {
  self: string;
  role: Role;
  seq: number;
  /** Highest `seq` seen per sender. */
  seen: Readonly<Record<string, number>>;
  /** Takes audience answers to our hello: a presenter only the first answer after opening; an audience until a presenter answers. */
  awaiting: boolean;
}

/** What to do with an incoming message. */
export interface Verdict {
  state: SyncState;
  /** Move here (through the reducer); never re-broadcast. */
  adopt: Shared | null;
  /** Answer the sender's hello with our own state. */
  answer: boolean;
}

/** A fresh window's protocol state. */
export function createSync(self: string, role: Role): SyncState {
  return { self, role, seq: 0, seen: {}, awaiting: false };
}

type SendOptions = { replyTo?: string; opening?: boolean };

/** Whether audience answers are taken after sending: a hello asks (a presenter's only when opening), an answer changes nothing, a local move ends the wait. */
function awaitsAfter(state: SyncState, type: SyncMessage['type'], options: SendOptions): boolean {
  if (type === 'hello') return options.opening === true || state.role === 'audience';
  return options.replyTo !== undefined && state.awaiting;
}

/** Builds the next outgoing message and this window's state after sending it. */
export function outgoing(state: SyncState, type: SyncMessage['type'], shared: Shared, options: SendOptions = {}): [SyncState, SyncMessage] {
  const seq = state.seq + 1;
  const awaiting = awaitsAfter(state, type, options);
  const message: SyncMessage = { type, sender: state.self, seq, role: state.role, ...shared };
  if (options.replyTo) message.replyTo = options.replyTo;
  return [{ ...state, seq, awaiting }, message];
}

function isMessage(value: unknown): value is SyncMessage {
  const message = value as Partial<SyncMessage> | null;
  return (
    !!message &&
    (message.type === 'hello' || message.type === 'state') &&
    typeof message.sender === 'string' &&
    typeof message.seq === 'number' &&
    (message.role === 'presenter' || message.role === 'audience') &&
    typeof message.position?.slide === 'number' &&
    typeof message.position.step === 'number' &&
    typeof message.blank === 'boolean'
  );
}

/** Whether to follow a `state` message: everyone follows a presenter; audience windows follow each other; a presenter takes an audience's state only as the answer to its opening hello. */
function follows(state: SyncState, message: SyncMessage): boolean {
  if (message.role === 'presenter') return true;
  if (message.replyTo === undefined) return state.role === 'audience';
  return state.awaiting;
}

/** The pure receive rule: drops echoes, stale and malformed messages and answers meant for others, then decides. */
export function accept(state: SyncState, value: unknown): Verdict {
  const ignore: Verdict = { state, adopt: null, answer: false };
  if (!isMessage(value) || value.sender === state.self) return ignore;
  if (value.seq <= (state.seen[value.sender] ?? 0)) return ignore;
  if (value.replyTo !== undefined && value.replyTo !== state.self) return ignore;
  const seen = { ...state.seen, [value.sender]: value.seq };
  if (value.type === 'hello') return { state: { ...state, seen }, adopt: null, answer: true };
  if (!follows(state, value)) return { state: { ...state, seen }, adopt: null, answer: false };
  // A presenter's answer is final; an audience answer may still be overridden by a presenter's.
  const settled = value.replyTo !== undefined && (state.role === 'presenter' || value.role === 'presenter');
  const adopt: Shared = { position: { ...value.position }, blank: value.blank };
  return { state: { ...state, seen, awaiting: state.awaiting && !settled }, adopt, answer: false };
}
