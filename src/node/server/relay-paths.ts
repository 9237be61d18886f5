import type { IncomingMessage, ServerResponse } from 'node:http';
import { REMOTE_INFO_PATH } from '../../sync/relay-messages.ts';

// The relay's paths, apart from the relay (and its WebSocket server): every server answers them, few run a relay.

/** A request's path, without its query or fragment. */
export const pathOf = (request: IncomingMessage) => (request.url ?? '').replace(/[?#].*$/, '');

/** Whether `path` is `tail` at the root or under any base. */
export const endsWith = (path: string, tail: string) => path === `/${tail}` || path.endsWith(`/${tail}`);

/** A server without a relay answers its endpoint with 204, so a presenter page learns quietly that there is none. */
export function answerNoRelay(request: IncomingMessage, response: ServerResponse): boolean {
  if (!endsWith(pathOf(request), REMOTE_INFO_PATH)) return false;
  response.writeHead(204, { 'cache-control': 'no-store' });
  response.end();
  return true;
}
