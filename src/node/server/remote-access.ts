import { createHmac, randomBytes } from 'node:crypto';
import { networkInterfaces } from 'node:os';
import { UsageError } from '../deck-file.ts';

/** The two tokens of a relay: `control` moves the presenter (phone remote), `follow` only watches (audience phones). */
export interface RemoteTokens {
  control: string;
  follow: string;
}

/** A control token as the user may pass it to `--remote <token>`: hex, at least 128 bits. */
const TOKEN = /^[0-9a-f]{32,128}$/i;

/**
 * The tokens for `--remote [token]`: a fresh 256-bit one, or the one given (so phones reconnect after a restart). The
 * follow token is derived from it one way, so it stays the same too and never reveals the control token.
 */
export function remoteTokens(command: string, value: string | true): RemoteTokens {
  const control = value === true ? randomBytes(32).toString('hex') : String(value).toLowerCase();
  if (!TOKEN.test(control)) throw new UsageError(`${command}: --remote takes a token of 32 to 128 hex digits, got ${JSON.stringify(String(value))}`);
  return { control, follow: createHmac('sha256', control).update('deck follow token').digest('hex') };
}

/** The first IPv4 address of this machine on a network (what a phone on the same Wi-Fi can reach), else loopback. */
export function lanAddress(interfaces = networkInterfaces()): string {
  for (const list of Object.values(interfaces)) {
    const found = list?.find((entry) => entry.family === 'IPv4' && !entry.internal);
    if (found) return found.address;
  }
  return '127.0.0.1';
}

const strip = (address: string) => address.replace(/^::ffff:/i, '').replace(/^\[|\]$/g, '');

/** Whether a connection's remote address is this machine: loopback, or one of its own interfaces' addresses. */
export function isThisMachine(address: string | undefined, interfaces = networkInterfaces()): boolean {
  if (!address) return false;
  const plain = strip(address);
  if (/^127\./.test(plain) || plain === '::1') return true;
  return Object.values(interfaces).some((list) => list?.some((entry) => strip(entry.address) === plain));
}

/**
 * Whether a request's Host names this machine by address or as localhost: a page of another site that rebinds its
 * own name to 127.0.0.1 sends its name here, and is told nothing.
 */
export function hostIsAddress(host: string | undefined): boolean {
  if (!host) return false;
  const name = host.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
  return name === 'localhost' || /^\d{1,3}(\.\d{1,3}){3}$/.test(name) || /^[0-9a-f:]+$/i.test(name);
}
