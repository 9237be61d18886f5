import { createServer, STATUS_CODES, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { realpath, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import send from 'send';
import type { Relay } from './relay.ts';
import { answerNoRelay } from './relay-paths.ts';

/** Past this a URL is a mistake or an attack; Node's own 16 KB header limit is the backstop. */
const MAX_URL = 8192;
const ALLOW = 'GET, HEAD';

/** Where a request URL points inside the served folder, or the status that refuses it. */
export type RequestPath = { status: 400 | 403 | 404 | 414 } | { file: string; segments: string[]; trailingSlash: boolean; search: string };

/**
 * Maps a request URL (origin- or absolute-form) to a path under `root`, without touching the disk.
 * `..` in any spelling is 403 and a dot segment is 404, decided after decoding so `%2e%2e` and `%2f` cannot sneak past.
 */
export function resolveRequestPath(root: string, prefix: string, url: string): RequestPath {
  if (url.length > MAX_URL) return { status: 414 };
  const target = url.replace(/^[a-z][a-z\d+.-]*:\/\/[^/?#]*/i, '') || '/';
  const [, rawPath = '', search = ''] = /^([^?#]*)(\?[^#]*)?/.exec(target) ?? [];
  if (!rawPath.startsWith('/')) return { status: 400 };
  let path: string;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    return { status: 400 };
  }
  if (path.includes('\0')) return { status: 400 };
  // A backslash is a separator on Windows; no deck file has one, so it only ever means traversal.
  if (path.includes('\\')) return { status: 403 };
  const base = prefix.endsWith('/') ? prefix : `${prefix}/`;
  // The prefix itself without its slash still names the root folder (and gets redirected to it).
  const rest = `${path}/` === base ? '' : path.startsWith(base) ? path.slice(base.length) : undefined;
  if (rest === undefined) return { status: 404 };
  const segments = rest.split('/').filter((segment) => segment !== '');
  if (segments.includes('..')) return { status: 403 };
  if (segments.some((segment) => segment.startsWith('.'))) return { status: 404 };
  return { file: join(root, ...segments), segments, trailingSlash: rest === '' ? path.endsWith('/') : rest.endsWith('/'), search };
}

type Located = { status: number; location?: string } | { root: string; file: string };
type Inspected = { status: number } | { real: string; stats: Stats };

function statusOf(error: unknown): number {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'ENAMETOOLONG') return 404;
  return code === 'EACCES' || code === 'EPERM' ? 403 : 500;
}

/** Follows symlinks and refuses what ends up outside the folder or in a dot folder there. */
async function inspect(realRoot: string, file: string): Promise<Inspected> {
  try {
    const real = await realpath(file);
    const inside = relative(realRoot, real);
    if (inside.startsWith('..') || isAbsolute(inside) || inside.split(sep).some((part) => part.startsWith('.'))) return { status: 404 };
    return { real, stats: await stat(real) };
  } catch (error) {
    return { status: statusOf(error) };
  }
}

/** The real file to send, relative to the real root: a plain file only, since opening a FIFO would hang `send` (and a libuv thread). */
async function locate(root: string, base: string, path: Exclude<RequestPath, { status: number }>): Promise<Located> {
  let realRoot: string;
  try {
    realRoot = await realpath(root);
  } catch (error) {
    return { status: statusOf(error) };
  }
  let found = await inspect(realRoot, path.file);
  if ('real' in found && found.stats.isDirectory()) {
    // Without the slash the page's relative asset URLs (Vite base './') would resolve one folder too high.
    const folder = path.segments.map((segment) => `${encodeURIComponent(segment)}/`).join('');
    if (!path.trailingSlash) return { status: 301, location: `${encodeURI(base)}${folder}${path.search}` };
    found = await inspect(realRoot, join(found.real, 'index.html'));
  }
  if (!('real' in found)) return found;
  return found.stats.isFile() ? { root: realRoot, file: relative(realRoot, found.real) } : { status: 404 };
}

function refuse(response: ServerResponse, status: number, headers: Record<string, string> = {}): void {
  // Mid-body there is no status left to send: cutting the connection tells the client the file is incomplete.
  if (response.headersSent || response.writableEnded) {
    response.destroy();
    return;
  }
  for (const name of response.getHeaderNames()) response.removeHeader(name);
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...headers });
  response.end(`${STATUS_CODES[status] ?? 'Error'}\n`);
}

type SendError = Error & { status?: number; headers?: Record<string, string> };

async function answer(root: string, base: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(response, 405, { allow: ALLOW });
  const path = resolveRequestPath(root, base, request.url ?? '/');
  if ('status' in path) return refuse(response, path.status);
  const found = await locate(root, base, path);
  if ('status' in found) return refuse(response, found.status, found.location ? { location: found.location } : {});
  response.setHeader('cache-control', 'no-store');
  // `send` wants a URL path and decodes it again, so the checked file name goes back in encoded.
  const encoded = found.file.split(sep).map(encodeURIComponent).join('/');
  send(request, `/${encoded}`, { root: found.root, index: false, cacheControl: false, dotfiles: 'allow' })
    .on('error', (error: SendError) => refuse(response, error.status ?? 500, error.headers))
    // Only if the file became a folder since `locate` looked: `send` would redirect to a URL without the prefix.
    .on('directory', () => refuse(response, 404))
    .pipe(response);
}

function rejectRaw(socket: Socket, status: number, extra = ''): void {
  // Node has let go of this socket (or is about to): a reset on it must not become an unhandled 'error'.
  socket.on('error', () => {});
  // After bytes of an earlier response, an error response could land inside that response's body.
  if (!socket.writable || socket.bytesWritten > 0) return void socket.destroy();
  socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'Error'}\r\n${extra}Content-Length: 0\r\nConnection: close\r\n\r\n`);
}

type ClientError = Error & { code?: string; rawPacket?: Buffer; bytesParsed?: number };

/** Node's own answers to parser errors (as with no `clientError` listener), except 405 for a well-formed line with a method it does not know. */
function clientErrorStatus(error: ClientError): number {
  if (error.code === 'HPE_HEADER_OVERFLOW') return 431;
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') return 408;
  if (error.code !== 'HPE_INVALID_METHOD') return 400;
  // The packet may hold earlier pipelined requests: judge the line the parser stopped in.
  const packet = error.rawPacket?.toString('latin1') ?? '';
  const line = packet.slice(packet.lastIndexOf('\n', (error.bytesParsed ?? 0) - 1) + 1);
  return /^[A-Za-z-]+ \S+ HTTP\/1\.[01]\r?\n/.test(line) ? 405 : 400;
}

/**
 * A static file server on localhost (Range, HEAD, conditional GET via `send`; no compression; `no-store`) for `deck serve`, export and tests.
 * `prefix` serves the folder under a sub-path, as a site built with `--base /talks/x/` expects. Every request gets an answer; none stops it.
 * With a `relay` (`deck serve --remote`) the server also answers its endpoint and WebSocket upgrades; without one it takes no upgrade.
 */
export function serveStatic(directory: string, port = 0, host = '127.0.0.1', prefix = '/', relay?: Relay): Promise<{ server: Server; url: string }> {
  const root = resolve(directory);
  const base = prefix.endsWith('/') ? prefix : `${prefix}/`;
  // A slow-loris client is cut off after 10 s of headers / 30 s of request; the download itself is not limited.
  const server = createServer({ headersTimeout: 10_000, requestTimeout: 30_000, connectionsCheckingInterval: 2_000 }, (request, response) => {
    // A client that hangs up mid-download makes these emit; the request is over either way.
    request.on('error', () => {});
    response.on('error', () => {});
    if (relay ? relay.handleRequest(request, response) : answerNoRelay(request, response)) return;
    // A bug in here should cost one response, never the process (an unhandled rejection ends it).
    answer(root, base, request, response)
      .catch(() => refuse(response, 500))
      .catch(() => response.destroy());
  });
  server.on('clientError', (error: ClientError, socket: Socket) => {
    if (error.code === 'ECONNRESET') return void socket.destroy();
    const status = clientErrorStatus(error);
    rejectRaw(socket, status, status === 405 ? `Allow: ${ALLOW}\r\n` : '');
  });
  if (relay)
    server.on('upgrade', (request: IncomingMessage, socket: Socket, head: Buffer) => relay.handleUpgrade(request, socket, head) || rejectRaw(socket, 404));
  // CONNECT bypasses the request handler; without a listener Node drops the socket without an answer.
  server.on('connect', (_request: IncomingMessage, socket: Socket) => rejectRaw(socket, 405, `Allow: ${ALLOW}\r\n`));
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      server.off('error', fail);
      // An accept() failure (EMFILE) after startup is an 'error' event; unheard, it would end the process.
      server.on('error', (error) => process.stderr.write(`static server: ${error.message}\n`));
      const address = server.address();
      const bound = typeof address === 'object' && address ? address.port : port;
      done({ server, url: `http://${host}:${bound}${prefix}` });
    });
  });
}
