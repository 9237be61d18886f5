import { createServer, type Server } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.pdf': 'application/pdf',
  '.ico': 'image/x-icon',
};

function fileFor(root: string, url: string, prefix = '/'): string | undefined {
  const full = decodeURIComponent(new URL(url, 'http://localhost').pathname);
  if (!full.startsWith(prefix)) return undefined;
  const path = `/${full.slice(prefix.length)}`;
  const target = normalize(join(root, path));
  if (target !== root && !target.startsWith(root + sep)) return undefined;
  try {
    const stat = statSync(target);
    if (stat.isDirectory()) return fileFor(root, `${path.replace(/\/?$/, '/')}index.html`);
    return target;
  } catch {
    return undefined;
  }
}

/**
 * A plain static file server on localhost (no compression, no caching tricks): for tests, export and the benchmark.
 * `prefix` serves the folder under a sub-path, as a site built with `--base /talks/x/` expects.
 */
export function serveStatic(directory: string, port = 0, host = '127.0.0.1', prefix = '/'): Promise<{ server: Server; url: string }> {
  const root = resolve(directory);
  const server = createServer((request, response) => {
    const file = fileFor(root, request.url ?? '/', prefix);
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    createReadStream(file).pipe(response);
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      const address = server.address();
      const bound = typeof address === 'object' && address ? address.port : port;
      done({ server, url: `http://${host}:${bound}${prefix}` });
    });
  });
}
