import { execFileSync } from 'node:child_process';
import fs, { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { connect, createServer as createNetServer, type Server as NetServer } from 'node:net';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { resolveRequestPath, serveStatic } from './static-server.ts';

interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** Sends bytes as they are (fetch would normalise or refuse them) and reads until the server closes the socket. */
function raw(port: number, request: string | Buffer, timeout = 3000): Promise<RawResponse> {
  return new Promise((done, fail) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      fail(new Error(`no answer within ${timeout} ms`));
    }, timeout);
    socket.on('connect', () => socket.write(request));
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', () => {});
    socket.on('close', () => {
      clearTimeout(timer);
      const all = Buffer.concat(chunks);
      const split = all.indexOf('\r\n\r\n');
      const [statusLine = '', ...lines] = all.subarray(0, split).toString('latin1').split('\r\n');
      const headers = Object.fromEntries(lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]));
      done({ status: Number(statusLine.split(' ')[1]), headers, body: all.subarray(split + 4) });
    });
  });
}

const get = (port: number, target: string, method = 'GET'): Promise<RawResponse> =>
  raw(port, `${method} ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);

const SECRET = 'TOP-SECRET-OUTSIDE';
const TEN = '0123456789abcdefghij';
let tmp: string;
let site: { server: Server; url: string; port: number };
let prefixed: { server: Server; url: string; port: number };
let unixSocket: NetServer;

async function start(root: string, prefix = '/'): Promise<{ server: Server; url: string; port: number }> {
  const { server, url } = await serveStatic(root, 0, '127.0.0.1', prefix);
  return { server, url, port: Number(new URL(url).port) };
}

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'static-server-'));
  const root = join(tmp, 'site');
  const files: Record<string, string | Buffer> = {
    'index.html': '<h1>deck</h1>',
    'app.js': 'export {};',
    'app.mjs': 'export {};',
    'style.css': 'body{}',
    'data.json': '{}',
    'icon.svg': '<svg/>',
    'pic.png': 'png',
    'pic.jpg': 'jpg',
    'pic.webp': 'webp',
    'font.woff2': 'woff2',
    'font.woff': 'woff',
    'talk.pdf': '%PDF',
    'favicon.ico': 'ico',
    'clip.mp4': 'mp4',
    'clip.webm': 'webm',
    'ten.txt': TEN,
    'big.bin': Buffer.alloc(32 * 1024 * 1024, 7),
    'sub/index.html': '<h1>sub</h1>',
    'empty/readme.txt': 'no index here',
    '.env': SECRET,
    '.git/config': SECRET,
    '.deck-output/index.html': SECRET,
  };
  for (const [name, body] of Object.entries(files)) {
    mkdirSync(join(root, name, '..'), { recursive: true });
    writeFileSync(join(root, name), body);
  }
  writeFileSync(join(tmp, 'secret.txt'), SECRET);
  symlinkSync(join(tmp, 'secret.txt'), join(root, 'out-file.txt'));
  symlinkSync(tmp, join(root, 'out-dir'));
  symlinkSync('index.html', join(root, 'alias.html'));
  symlinkSync('.env', join(root, 'env-alias.txt'));
  symlinkSync('loop.txt', join(root, 'loop.txt'));
  execFileSync('mkfifo', [join(root, 'pipe.mp4')]);
  unixSocket = createNetServer();
  await new Promise<void>((done) => unixSocket.listen(join(root, 'live.sock'), done));
  site = await start(root);
  prefixed = await start(root, '/talks/x/');
});

afterAll(async () => {
  for (const { server } of [site, prefixed]) {
    server.closeAllConnections();
    await new Promise((done) => server.close(done));
  }
  await new Promise((done) => unixSocket.close(done));
  rmSync(tmp, { recursive: true, force: true });
});

describe('resolveRequestPath', () => {
  const root = '/srv/deck';
  it('maps a URL to a file under the root, ignoring query and fragment', () => {
    expect(resolveRequestPath(root, '/', '/talk/index.html?mode=print#/3')).toMatchObject({
      file: '/srv/deck/talk/index.html',
      trailingSlash: false,
      search: '?mode=print',
    });
    expect(resolveRequestPath(root, '/', '/')).toMatchObject({ file: root, segments: [], trailingSlash: true });
    expect(resolveRequestPath(root, '/', '/a%20b.png')).toMatchObject({ file: '/srv/deck/a b.png' });
    expect(resolveRequestPath(root, '/', '//talk//x.js')).toMatchObject({ file: '/srv/deck/talk/x.js' });
  });
  it('refuses malformed encoding and NUL with 400', () => {
    for (const url of ['/%E0%A4%A', '/%', '/%zz', '/a%00.html', '/a\0b', 'index.html', '*']) {
      expect(resolveRequestPath(root, '/', url), url).toEqual({ status: 400 });
    }
  });
  it('refuses traversal in every spelling with 403', () => {
    const urls = ['/../x', '/%2e%2e/%2e%2e/etc/passwd', '/%2E%2E/x', '/..%2f..%2fetc/passwd', '/a/../../x', '/..\\..\\etc\\passwd', '/%5c..%5cx'];
    for (const url of [...urls, 'http://other/../../etc/passwd', 'HTTP://other:80/%2e%2e/x']) {
      expect(resolveRequestPath(root, '/', url), url).toEqual({ status: 403 });
    }
  });
  it('hides dotfiles and dot folders, and everything outside the prefix, with 404', () => {
    for (const url of ['/.env', '/.git/config', '/.deck-output', '/%2eenv', '/./index.html', '/a/.hidden/b']) {
      expect(resolveRequestPath(root, '/', url), url).toEqual({ status: 404 });
    }
    expect(resolveRequestPath(root, '/talks/x/', '/index.html')).toEqual({ status: 404 });
    expect(resolveRequestPath(root, '/talks/x/', '/talks/xy/index.html')).toEqual({ status: 404 });
    expect(resolveRequestPath(root, '/talks/x/', '/talks/x/index.html')).toMatchObject({ file: '/srv/deck/index.html' });
    expect(resolveRequestPath(root, '/talks/x', '/talks/x')).toMatchObject({ file: root, trailingSlash: false });
  });
  it('answers a very long URL with 414 before looking at it', () => {
    expect(resolveRequestPath(root, '/', `/${'a'.repeat(9000)}`)).toEqual({ status: 414 });
  });
});

describe('serveStatic', () => {
  it('serves each kind of file with its content type, never cached', async () => {
    const types: Record<string, string> = {
      'index.html': 'text/html; charset=utf-8',
      'app.js': 'text/javascript; charset=utf-8',
      'app.mjs': 'text/javascript; charset=utf-8',
      'style.css': 'text/css; charset=utf-8',
      'data.json': 'application/json; charset=utf-8',
      'icon.svg': 'image/svg+xml',
      'pic.png': 'image/png',
      'pic.jpg': 'image/jpeg',
      'pic.webp': 'image/webp',
      'font.woff2': 'font/woff2',
      'font.woff': 'font/woff',
      'talk.pdf': 'application/pdf',
      'favicon.ico': 'image/vnd.microsoft.icon',
      'clip.mp4': 'video/mp4',
      'clip.webm': 'video/webm',
    };
    for (const [name, type] of Object.entries(types)) {
      const response = await fetch(`${site.url}${name}`);
      expect([name, response.status, response.headers.get('content-type')]).toEqual([name, 200, type]);
      expect(response.headers.get('cache-control')).toBe('no-store');
      await response.arrayBuffer();
    }
  });

  it('answers malformed percent-encoding and NUL with 400, then the next connection normally', async () => {
    for (const target of ['/%E0%A4%A', '/%', '/index.html%00', '/%00']) {
      expect((await get(site.port, target)).status, target).toBe(400);
      expect((await get(site.port, '/index.html')).status).toBe(200);
    }
    // A raw NUL in the request line never reaches the handler: the parser's clientError answers.
    expect((await raw(site.port, Buffer.from('GET /a\0b HTTP/1.1\r\nHost: x\r\n\r\n'))).status).toBe(400);
    expect((await get(site.port, '/index.html')).status).toBe(200);
  });

  it('never serves a file outside the folder, however the path is spelt', async () => {
    const targets = [
      '/../secret.txt',
      '/../../../../etc/passwd',
      '/%2e%2e/secret.txt',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/..%2f..%2fetc/passwd',
      '/..%5csecret.txt',
      '/..\\secret.txt',
      '/..\\..\\etc\\passwd',
      'http://other/../secret.txt',
      'http://other/../../etc/passwd',
      '//etc/passwd',
      '/out-dir/secret.txt',
    ];
    for (const target of targets) {
      const response = await get(site.port, target);
      expect([403, 404, 400], `${target} → ${response.status}`).toContain(response.status);
      expect(response.body.toString()).not.toMatch(new RegExp(`${SECRET}|root:`));
    }
    const viaPrefix = await get(prefixed.port, '/talks/x/../../secret.txt');
    expect(viaPrefix.status).toBe(403);
  });

  it('follows a symlink only while it stays inside the folder and out of dotfiles', async () => {
    expect((await get(site.port, '/out-file.txt')).status).toBe(404);
    expect((await get(site.port, '/out-dir/')).status).toBe(404);
    expect((await get(site.port, '/env-alias.txt')).status).toBe(404);
    const alias = await get(site.port, '/alias.html');
    expect([alias.status, alias.body.toString()]).toEqual([200, '<h1>deck</h1>']);
  });

  it('answers a FIFO or a socket with 404 at once instead of hanging', async () => {
    for (const target of ['/pipe.mp4', '/live.sock', '/pipe.mp4', '/pipe.mp4', '/pipe.mp4', '/pipe.mp4']) {
      expect((await raw(site.port, `GET ${target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`, 1000)).status).toBe(404);
    }
    expect((await get(site.port, '/index.html')).status).toBe(200);
  });

  it('answers a file it cannot read with an error status and keeps serving', async () => {
    // A symlink loop fails realpath with ELOOP, as an unreadable file would fail the open.
    expect((await get(site.port, '/loop.txt')).status).toBe(500);
    const denied = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    const spy = vi.spyOn(fs, 'createReadStream').mockImplementationOnce(() => {
      const stream = new Readable({ read: () => stream.destroy(denied) });
      return stream as fs.ReadStream;
    });
    try {
      const response = await get(site.port, '/ten.txt');
      expect(response.status).toBe(500);
      expect(response.headers['content-range']).toBeUndefined();
      expect(spy).toHaveBeenCalledOnce();
    } finally {
      spy.mockRestore();
    }
    expect((await get(site.port, '/ten.txt')).body.toString()).toBe(TEN);
  });

  it('cuts the connection when the file fails mid-body, and keeps serving', async () => {
    const spy = vi.spyOn(fs, 'createReadStream').mockImplementationOnce(() => {
      let sent = false;
      const stream = new Readable({
        read() {
          // Later than the first chunk, so the status line has reached the client when the read fails.
          if (sent) return void setTimeout(() => stream.destroy(Object.assign(new Error('EIO: i/o error'), { code: 'EIO' })), 50);
          sent = true;
          this.push('01234');
        },
      });
      return stream as fs.ReadStream;
    });
    try {
      const response = await get(site.port, '/ten.txt');
      expect(response.status).toBe(200);
      expect(response.body.length).toBeLessThan(TEN.length);
    } finally {
      spy.mockRestore();
    }
    expect((await get(site.port, '/ten.txt')).status).toBe(200);
  });

  it('hides dotfiles and dot folders', async () => {
    for (const target of ['/.env', '/.git/config', '/.git/', '/.deck-output', '/.deck-output/', '/.deck-output/index.html', '/%2eenv']) {
      const response = await get(site.port, target);
      expect(response.status, target).toBe(404);
      expect(response.body.toString()).not.toContain(SECRET);
    }
  });

  it('serves a folder as its index.html, redirects it to its slash first, and 404s a folder without one', async () => {
    expect((await get(site.port, '/')).body.toString()).toBe('<h1>deck</h1>');
    expect((await get(site.port, '/sub/')).body.toString()).toBe('<h1>sub</h1>');
    const redirect = await get(site.port, '/sub?mode=print');
    expect([redirect.status, redirect.headers.location]).toEqual([301, '/sub/?mode=print']);
    expect((await get(site.port, '/empty/')).status).toBe(404);
  });

  it('serves under a prefix and nothing outside it', async () => {
    expect(prefixed.url).toMatch(/\/talks\/x\/$/);
    expect((await get(prefixed.port, '/talks/x/index.html')).body.toString()).toBe('<h1>deck</h1>');
    expect((await get(prefixed.port, '/talks/x/')).body.toString()).toBe('<h1>deck</h1>');
    expect((await get(prefixed.port, '/talks/x/sub/')).body.toString()).toBe('<h1>sub</h1>');
    const redirect = await get(prefixed.port, '/talks/x');
    expect([redirect.status, redirect.headers.location]).toEqual([301, '/talks/x/']);
    for (const target of ['/index.html', '/talks/xy/index.html', '/talks/index.html', '/']) {
      expect((await get(prefixed.port, target)).status, target).toBe(404);
    }
  });

  it('answers every method but GET and HEAD with 405 and Allow', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'PROPFIND']) {
      const response = await fetch(`${site.url}index.html`, { method, body: method === 'POST' || method === 'PUT' ? 'x' : undefined });
      expect([method, response.status, response.headers.get('allow')]).toEqual([method, 405, 'GET, HEAD']);
      expect(await response.text()).not.toContain('deck');
    }
    // fetch refuses TRACE and CONNECT; methods Node's parser does not know, and CONNECT, never reach the request handler.
    for (const method of ['TRACE', 'FROBNICATE', 'CONNECT']) {
      const response = await get(site.port, method === 'CONNECT' ? '127.0.0.1:1' : '/index.html', method);
      expect([method, response.status, response.headers.allow]).toEqual([method, 405, 'GET, HEAD']);
    }
  });

  it('answers HEAD with the headers of GET, Content-Length included, and no body', async () => {
    const head = await get(site.port, '/ten.txt', 'HEAD');
    const full = await get(site.port, '/ten.txt');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(head.headers['content-length']).toBe('20');
    for (const name of ['content-length', 'content-type', 'etag', 'last-modified', 'cache-control', 'accept-ranges']) {
      expect(head.headers[name], name).toBe(full.headers[name]);
    }
  });

  it('serves byte ranges (so video and PDF can seek), a suffix range, and 416 for an unsatisfiable one', async () => {
    const first = await fetch(`${site.url}ten.txt`, { headers: { range: 'bytes=0-9' } });
    expect([first.status, first.headers.get('content-range'), first.headers.get('content-length')]).toEqual([206, 'bytes 0-9/20', '10']);
    expect(await first.text()).toBe('0123456789');
    const suffix = await fetch(`${site.url}ten.txt`, { headers: { range: 'bytes=-5' } });
    expect([suffix.status, await suffix.text()]).toEqual([206, 'fghij']);
    const beyond = await fetch(`${site.url}ten.txt`, { headers: { range: 'bytes=50-60' } });
    expect([beyond.status, beyond.headers.get('content-range'), beyond.headers.get('cache-control')]).toEqual([416, 'bytes */20', 'no-store']);
    await beyond.arrayBuffer();
  });

  it('answers a conditional GET with 304', async () => {
    // Raw, since fetch adds `cache-control: no-cache` to a conditional request, which rightly defeats it.
    const { headers } = await get(site.port, '/ten.txt');
    const again = await raw(site.port, `GET /ten.txt HTTP/1.1\r\nHost: x\r\nIf-None-Match: ${headers.etag}\r\nConnection: close\r\n\r\n`);
    expect([again.status, again.body.length]).toEqual([304, 0]);
  });

  it('answers garbage and oversized requests from clientError and keeps serving', async () => {
    expect((await raw(site.port, Buffer.from([0x16, 0x03, 0x01, 0x00, 0xff, 0x01, 0x0d, 0x0a, 0x0d, 0x0a]))).status).toBe(400);
    expect((await raw(site.port, 'NOT HTTP AT ALL\r\n\r\n')).status).toBe(400);
    expect((await get(site.port, `/${'a'.repeat(10_000)}`)).status).toBe(414);
    // Past Node's 16 KB header limit the parser gives up first: 431, as Node itself would answer.
    expect((await get(site.port, `/${'a'.repeat(100_000)}`)).status).toBe(431);
    expect((await get(site.port, '/index.html')).status).toBe(200);
  });

  it('closes a keep-alive connection on garbage after a response instead of writing into it', async () => {
    const received = await new Promise<string>((done) => {
      let text = '';
      const socket = connect(site.port, '127.0.0.1', () => socket.write('GET /ten.txt HTTP/1.1\r\nHost: x\r\n\r\n'));
      socket.on('data', (chunk: Buffer) => {
        text += chunk.toString('latin1');
        if (text.endsWith(TEN)) socket.write('\x01\x02garbage\r\n\r\n');
      });
      socket.on('close', () => done(text));
    });
    expect(received.match(/HTTP\/1\.1/g)).toHaveLength(1);
    expect(received.endsWith(TEN)).toBe(true);
  });

  it('survives a client that hangs up mid-download', async () => {
    for (let i = 0; i < 3; i += 1) {
      await new Promise<void>((done) => {
        const socket = connect(site.port, '127.0.0.1', () => socket.write('GET /big.bin HTTP/1.1\r\nHost: x\r\n\r\n'));
        socket.once('data', () => {
          socket.destroy();
          done();
        });
      });
    }
    await new Promise((done) => setTimeout(done, 100));
    expect((await get(site.port, '/index.html')).status).toBe(200);
  });

  it('cuts off a slow-loris client instead of waiting forever', () => {
    expect(site.server.headersTimeout).toBeGreaterThan(0);
    expect(site.server.headersTimeout).toBeLessThanOrEqual(10_000);
    expect(site.server.requestTimeout).toBeGreaterThan(0);
    expect(site.server.requestTimeout).toBeLessThanOrEqual(30_000);
  });

  it('still answers after 200 hostile requests in a row', async () => {
    const hostile = [
      () => get(site.port, '/%E0%A4%A'),
      () => get(site.port, '/%00'),
      () => get(site.port, '/%2e%2e/%2e%2e/etc/passwd'),
      () => get(site.port, 'http://other/../../etc/passwd'),
      () => get(site.port, '/out-file.txt'),
      () => get(site.port, '/pipe.mp4'),
      () => get(site.port, '/loop.txt'),
      () => get(site.port, '/.env'),
      () => get(site.port, '/index.html', 'DELETE'),
      () => get(site.port, '/index.html', 'FROBNICATE'),
      () => raw(site.port, 'GET /ten.txt HTTP/1.1\r\nHost: x\r\nRange: bytes=90-99\r\nConnection: close\r\n\r\n'),
      () => raw(site.port, Buffer.from([0, 1, 2, 3, 13, 10, 13, 10])),
      () => get(site.port, `/${'a'.repeat(20_000)}`),
    ];
    const statuses = new Set<number>();
    for (let i = 0; i < 200; i += 1) statuses.add((await (hostile[i % hostile.length] as () => Promise<RawResponse>)()).status);
    expect([...statuses].every((status) => status >= 400)).toBe(true);
    const response = await fetch(`${site.url}index.html`);
    expect([response.status, await response.text()]).toEqual([200, '<h1>deck</h1>']);
  });
});
