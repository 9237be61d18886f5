import type { Relay } from './relay.ts';
import { FOLLOW_QUERY, MODE_REMOTE_QUERY } from '../../sync/remote-links.ts';
import { lanAddress, remoteTokens, type RemoteTokens } from './remote-access.ts';

/** `--remote [token]` of `deck dev` and `deck serve`, resolved: the relay, where to listen, and the lines to print. */
export interface RemoteSetup {
  tokens: RemoteTokens;
  relay: Relay;
  /** The interface to listen on: `--host` if given, else this machine's first LAN address. */
  host: string | true;
  /** Tells the relay the port it was bound to (known after listening) and returns the `Remote:` and `Follow:` lines. */
  listening(port: number, base: string): string;
}

/** Where phones reach a server listening on `host`: the address itself, or the LAN address for all interfaces. */
function reachableAt(host: string | true): string {
  if (host === true || host === '0.0.0.0' || host === '::') return lanAddress();
  return host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
}

/** The relay for `--remote [token]`, or `undefined` without the flag (then its WebSocket server is never loaded). */
export async function remoteSetup(command: string, remote: string | boolean | undefined, host: string | boolean | undefined): Promise<RemoteSetup | undefined> {
  if (remote === undefined || remote === false) return undefined;
  const tokens = remoteTokens(command, remote);
  const { createRelay } = await import('./relay.ts');
  const listenOn = host === undefined || host === false ? lanAddress() : host;
  let origin = '';
  const relay = createRelay(tokens, () => origin);
  return {
    tokens,
    relay,
    host: listenOn,
    listening(port, base) {
      origin = `http://${reachableAt(listenOn)}:${port}`;
      const at = `${origin}${base.endsWith('/') ? base : `${base}/`}`;
      return `Remote: ${at}?${MODE_REMOTE_QUERY}${tokens.control}\nFollow: ${at}?${FOLLOW_QUERY}${tokens.follow}\n`;
    },
  };
}
