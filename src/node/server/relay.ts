import { timingSafeEqual } from 'node:crypto';
import { STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import {
  acceptFromClient,
  MAX_RELAY_MESSAGE,
  RELAY_PATH,
  REMOTE_INFO_PATH,
  type RelayPeers,
  type RelayRole,
  type RelayState,
  type RemoteInfo,
} from '../../sync/relay-messages.ts';
import { hostIsAddress, isThisMachine, type RemoteTokens } from './remote-access.ts';
import { endsWith, pathOf } from './relay-paths.ts';

/** The phone-remote relay on a server of ours: its one HTTP endpoint and its WebSocket upgrades. */
export interface Relay {
  /** Answers `…/__deck/remote` (the tokens, for a presenter page on this machine only); false for any other request. */
  handleRequest(request: IncomingMessage, response: ServerResponse): boolean;
  /** Takes `…/__deck/relay` upgrades, refusing a missing (401) or wrong (403) token; false for other paths (Vite's own socket). */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): boolean;
  close(): void;
}

/** Past this much unsent data a phone is too slow to keep: it reconnects and gets the newest state. */
const MAX_BUFFERED = 256 * 1024;
const HEARTBEAT_MS = 15_000;

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function refuseUpgrade(socket: Duplex, status: 401 | 403 | 404): void {
  socket.on('error', () => {});
  socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`);
}

/** Which role a token and the asked role give, or the status that refuses the connection. */
export function roleFor(tokens: RemoteTokens, token: string | null, asked: string | null): RelayRole | 401 | 403 {
  if (!token) return 401;
  if (sameToken(token, tokens.control)) return asked === 'presenter' ? 'presenter' : 'remote';
  return sameToken(token, tokens.follow) ? 'follow' : 403;
}

/**
 * The relay: the presenter's state goes to every phone, a remote's command to the presenter, the count of who is
 * connected to all. Messages are checked (relay-messages.ts); anything else is dropped and the sender stays connected.
 * `origin()` is where phones reach this server, known once it listens.
 */
export function createRelay(tokens: RemoteTokens, origin: () => string): Relay {
  const wss = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024, clientTracking: false });
  const peers = new Map<WebSocket, RelayRole>();
  const alive = new WeakSet<WebSocket>();
  let last: string | null = null;

  const sendTo = (roles: readonly RelayRole[], text: string) => {
    for (const [socket, role] of peers) {
      if (!roles.includes(role) || socket.readyState !== socket.OPEN) continue;
      if (socket.bufferedAmount > MAX_BUFFERED) socket.terminate();
      else socket.send(text);
    }
  };
  const announcePeers = () => {
    const count = (role: RelayRole) => [...peers.values()].filter((each) => each === role).length;
    const message: RelayPeers = { type: 'peers', presenters: count('presenter'), remotes: count('remote'), followers: count('follow') };
    sendTo(['presenter', 'remote', 'follow'], JSON.stringify(message));
  };

  const onMessage = (role: RelayRole, data: RawData, isBinary: boolean) => {
    const size = Array.isArray(data) ? data.reduce((sum, part) => sum + part.length, 0) : data.byteLength;
    if (isBinary || size > MAX_RELAY_MESSAGE) return;
    const message = acceptFromClient(role, Buffer.isBuffer(data) ? data.toString('utf8') : Buffer.from(data as ArrayBuffer).toString('utf8'));
    if (message?.type === 'state') {
      // Re-serialised from the checked value: only known fields travel on.
      const steps = message.steps === undefined ? {} : { steps: message.steps };
      const state: RelayState = { type: 'state', position: message.position, ...steps, blank: message.blank, timer: message.timer };
      last = JSON.stringify(state);
      sendTo(['remote', 'follow'], last);
    } else if (message?.type === 'command') sendTo(['presenter'], JSON.stringify({ type: 'command', command: message.command }));
  };

  const join = (socket: WebSocket, role: RelayRole) => {
    peers.set(socket, role);
    alive.add(socket);
    socket.on('error', () => socket.terminate());
    socket.on('pong', () => alive.add(socket));
    socket.on('message', (data, isBinary) => onMessage(role, data, isBinary));
    socket.on('close', () => {
      peers.delete(socket);
      announcePeers();
    });
    if (role !== 'presenter' && last) socket.send(last);
    announcePeers();
  };

  const heartbeat = setInterval(() => {
    for (const socket of peers.keys()) {
      if (!alive.has(socket)) socket.terminate();
      else {
        alive.delete(socket);
        socket.ping();
      }
    }
  }, HEARTBEAT_MS);
  heartbeat.unref();

  return {
    handleRequest(request, response) {
      if (!endsWith(pathOf(request), REMOTE_INFO_PATH)) return false;
      const local = isThisMachine(request.socket.remoteAddress) && hostIsAddress(request.headers.host);
      const body = local ? JSON.stringify({ token: tokens.control, followToken: tokens.follow, origin: origin() } satisfies RemoteInfo) : 'Forbidden\n';
      response.writeHead(local ? 200 : 403, { 'content-type': local ? 'application/json' : 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
      response.end(request.method === 'HEAD' ? undefined : body);
      return true;
    },
    handleUpgrade(request, socket, head) {
      if (!endsWith(pathOf(request), RELAY_PATH)) return false;
      const query = new URLSearchParams((request.url ?? '').split('?')[1] ?? '');
      const role = roleFor(tokens, query.get('token'), query.get('role'));
      if (typeof role === 'number') refuseUpgrade(socket, role);
      else wss.handleUpgrade(request, socket, head, (ws) => join(ws, role));
      return true;
    },
    close() {
      clearInterval(heartbeat);
      for (const socket of peers.keys()) socket.terminate();
      wss.close();
    },
  };
}
