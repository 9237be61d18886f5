/**
 * The phone-remote relay's protocol, shared by the server (src/node/server/relay.ts) and the pages. Every message is
 * JSON text, at most MAX_RELAY_MESSAGE bytes, of one of the shapes below; anything else is dropped by whoever gets it.
 */

/** Where the relay listens, under the page's own folder (`…/__deck/relay`), and where a presenter on this machine asks for the links. */
export const RELAY_PATH = '__deck/relay';
export const REMOTE_INFO_PATH = '__deck/remote';

/** What a presenter page on the relay's machine is told at REMOTE_INFO_PATH: both tokens, and the origin phones reach the server at. */
export interface RemoteInfo {
  token: string;
  followToken: string;
  origin: string;
}

/** Reads the REMOTE_INFO_PATH answer; anything else (no relay, a dev server's page fallback) is `null`. */
export function parseRemoteInfo(value: unknown): RemoteInfo | null {
  const info = value as Partial<RemoteInfo> | null;
  const hex = (text: unknown) => typeof text === 'string' && /^[0-9a-f]{32,128}$/.test(text);
  return info && hex(info.token) && hex(info.followToken) && typeof info.origin === 'string' && /^https?:\/\/[^/]+$/.test(info.origin)
    ? { token: info.token!, followToken: info.followToken!, origin: info.origin! }
    : null;
}

/** Longer than any real message (a state is ~150 bytes): past it, a message is dropped unread. */
export const MAX_RELAY_MESSAGE = 2048;

/** Who is on the relay: the presenter window, a phone remote (control token), an audience phone (follow token). */
export type RelayRole = 'presenter' | 'remote' | 'follow';

/** What a remote asks the presenter to do. */
export type RemoteCommand = 'next' | 'previous';

/** The talk timer as a phone can show it without sharing a clock with the laptop: its value when sent. */
export interface RelayTimer {
  running: boolean;
  elapsedMs: number;
}

/** The presenter's position, blank screen and timer. */
export interface RelayState {
  type: 'state';
  position: { slide: number; step: number };
  /** The current slide's steps as the presenter counts them (the ones its components claim at run time included). */
  steps?: number;
  blank: boolean;
  timer: RelayTimer;
}

/** A remote's button press, forwarded to the presenter. */
export interface RelayCommand {
  type: 'command';
  command: RemoteCommand;
}

/** Who is connected, sent to everyone whenever it changes. */
export interface RelayPeers {
  type: 'peers';
  presenters: number;
  remotes: number;
  followers: number;
}

/** What a client may send: a presenter its state, a remote a command; a follower nothing. */
export type ToRelay = RelayState | RelayCommand;
/** What the relay sends: the presenter's state to phones, commands to presenters, the count of peers to all. */
export type FromRelay = RelayState | RelayCommand | RelayPeers;

/** What each role may send; the relay drops the rest. */
export const MAY_SEND: Record<RelayRole, ReadonlySet<ToRelay['type']>> = {
  presenter: new Set(['state']),
  remote: new Set(['command']),
  follow: new Set(),
};

const LIMIT = 1_000_000;
const isCount = (value: unknown, min = 0): value is number => Number.isInteger(value) && (value as number) >= min && (value as number) <= LIMIT;
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const hasOnly = (value: Record<string, unknown>, keys: readonly string[]) => Object.keys(value).every((key) => keys.includes(key));

function isState(value: Record<string, unknown>): value is Record<string, unknown> & RelayState {
  const { position, timer } = value;
  return (
    hasOnly(value, ['type', 'position', 'steps', 'blank', 'timer']) &&
    (value.steps === undefined || isCount(value.steps)) &&
    isObject(position) &&
    hasOnly(position, ['slide', 'step']) &&
    isCount(position.slide, 1) &&
    isCount(position.step) &&
    typeof value.blank === 'boolean' &&
    isObject(timer) &&
    hasOnly(timer, ['running', 'elapsedMs']) &&
    typeof timer.running === 'boolean' &&
    typeof timer.elapsedMs === 'number' &&
    Number.isFinite(timer.elapsedMs) &&
    timer.elapsedMs >= 0
  );
}

/** Reads one message: the typed value, or `null` for anything oversized, malformed or unknown. */
export function parseRelayMessage(text: string): FromRelay | null {
  if (text.length > MAX_RELAY_MESSAGE) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isObject(value)) return null;
  if (value.type === 'state') return isState(value) ? value : null;
  if (value.type === 'command')
    return hasOnly(value, ['type', 'command']) && (value.command === 'next' || value.command === 'previous')
      ? { type: 'command', command: value.command }
      : null;
  if (
    value.type === 'peers' &&
    hasOnly(value, ['type', 'presenters', 'remotes', 'followers']) &&
    isCount(value.presenters) &&
    isCount(value.remotes) &&
    isCount(value.followers)
  )
    return { type: 'peers', presenters: value.presenters, remotes: value.remotes, followers: value.followers };
  return null;
}

/** A message from a client of `role`, if that role may send it; `null` drops it. */
export function acceptFromClient(role: RelayRole, text: string): ToRelay | null {
  const message = parseRelayMessage(text);
  return message && message.type !== 'peers' && MAY_SEND[role].has(message.type) ? message : null;
}

/** The relay's URL for a page at `pageUrl` (the relay sits in the page's folder), with the token and role in its query. */
export function relayUrl(pageUrl: string, token: string, role: RelayRole): string {
  const url = new URL(RELAY_PATH, pageUrl);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  url.search = new URLSearchParams({ token, role }).toString();
  url.hash = '';
  return url.toString();
}
