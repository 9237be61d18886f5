import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { serveStatic } from './static-server.ts';
import { createRelay, roleFor } from './relay.ts';
import { hostIsAddress, isThisMachine, lanAddress, remoteTokens } from './remote-access.ts';

const tokens = remoteTokens('test', 'ab'.repeat(16));
let server: Server | undefined;

afterEach(() => new Promise<void>((done) => (server ? server.close(() => done()) : done())));

async function start(): Promise<string> {
  const root = mkdtempSync(join(tmpdir(), 'relay-'));
  writeFileSync(join(root, 'index.html'), '<h1>deck</h1>');
  const served = await serveStatic(
    root,
    0,
    '127.0.0.1',
    '/',
    createRelay(tokens, () => 'http://127.0.0.1'),
  );
  server = served.server;
  return served.url.replace(/^http/, 'ws');
}

/** Opens a socket and collects what it is sent; resolves once open, or with the refusing status. */
function connect(url: string): Promise<{ socket: WebSocket; got: string[] } | { status: number }> {
  return new Promise((done) => {
    const socket = new WebSocket(url);
    const got: string[] = [];
    socket.on('message', (data) => got.push(String(data)));
    socket.on('open', () => done({ socket, got }));
    socket.on('unexpected-response', (_request, response) => done({ status: response.statusCode ?? 0 }));
    socket.on('error', () => {});
  });
}

const until = async (check: () => boolean) => {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(check()).toBe(true);
};

const state = (slide: number) => JSON.stringify({ type: 'state', position: { slide, step: 0 }, blank: false, timer: { running: false, elapsedMs: 0 } });

describe('relay', () => {
  it('refuses a missing token with 401 and a wrong one with 403, and takes no other path', async () => {
    const base = await start();
    expect(await connect(`${base}__deck/relay`)).toEqual({ status: 401 });
    expect(await connect(`${base}__deck/relay?token=${'cd'.repeat(16)}`)).toEqual({ status: 403 });
    expect(await connect(`${base}index.html?token=${tokens.control}`)).toEqual({ status: 404 });
  });

  it('carries a remote’s command to the presenter and the presenter’s state to phones; a follower moves nothing', async () => {
    const base = await start();
    const presenter = await connect(`${base}__deck/relay?token=${tokens.control}&role=presenter`);
    const remote = await connect(`${base}__deck/relay?token=${tokens.control}&role=remote`);
    const follower = await connect(`${base}__deck/relay?token=${tokens.follow}&role=presenter`);
    if (!('socket' in presenter) || !('socket' in remote) || !('socket' in follower)) throw new Error('refused');
    await until(() => presenter.got.some((text) => text.includes('"followers":1')));

    follower.socket.send('{"type":"command","command":"next"}');
    follower.socket.send(state(9));
    for (const junk of ['junk', '{"type":"command","command":"jump"}', 'x'.repeat(5000)]) remote.socket.send(junk);
    remote.socket.send(Buffer.from([1, 2, 3]));
    remote.socket.send('{"type":"command","command":"next"}');
    await until(() => presenter.got.includes('{"type":"command","command":"next"}'));
    expect(presenter.got.filter((text) => text.includes('command'))).toEqual(['{"type":"command","command":"next"}']);

    presenter.socket.send(state(4));
    await until(() => remote.got.includes(state(4)) && follower.got.includes(state(4)));
    expect(follower.got.some((text) => text.includes('"slide":9'))).toBe(false);

    // A phone that joins later is told the last state at once.
    const late = await connect(`${base}__deck/relay?token=${tokens.follow}`);
    if (!('socket' in late)) throw new Error('refused');
    await until(() => late.got.includes(state(4)));
    // The step count of the presenter's slide (runtime steps included) travels with the position.
    const counted = JSON.stringify({ type: 'state', position: { slide: 5, step: 1 }, steps: 2, blank: false, timer: { running: false, elapsedMs: 0 } });
    presenter.socket.send(counted);
    await until(() => remote.got.includes(counted));
    for (const each of [presenter, remote, follower, late]) each.socket.terminate();
  });
});

describe('remote access', () => {
  it('makes a 256-bit token, keeps a given one and derives the same follow token from it', () => {
    expect(remoteTokens('deck serve', true).control).toMatch(/^[0-9a-f]{64}$/);
    expect(remoteTokens('deck serve', true).control).not.toBe(remoteTokens('deck serve', true).control);
    const again = remoteTokens('deck serve', 'AB'.repeat(16));
    expect(again).toEqual(tokens);
    expect(tokens.follow).toMatch(/^[0-9a-f]{64}$/);
    expect(tokens.follow).not.toContain(tokens.control);
    expect(() => remoteTokens('deck serve', 'short')).toThrow('deck serve: --remote takes a token of 32 to 128 hex digits, got "short"');
  });

  it('tells the roles apart by token', () => {
    expect(roleFor(tokens, null, 'presenter')).toBe(401);
    expect(roleFor(tokens, 'x', null)).toBe(403);
    expect(roleFor(tokens, tokens.control, 'presenter')).toBe('presenter');
    expect(roleFor(tokens, tokens.control, null)).toBe('remote');
    expect(roleFor(tokens, tokens.follow, 'presenter')).toBe('follow');
  });

  it('knows this machine by loopback or its own addresses, and a Host by address only', () => {
    const interfaces = { eth0: [{ address: '192.168.1.20', family: 'IPv4', internal: false, netmask: '', mac: '', cidr: null }] } as never;
    expect(lanAddress(interfaces)).toBe('192.168.1.20');
    expect(isThisMachine('::ffff:127.0.0.1', interfaces)).toBe(true);
    expect(isThisMachine('192.168.1.20', interfaces)).toBe(true);
    expect(isThisMachine('192.168.1.33', interfaces)).toBe(false);
    expect(hostIsAddress('127.0.0.1:4173')).toBe(true);
    expect(hostIsAddress('[::1]:4173')).toBe(true);
    expect(hostIsAddress('localhost:5173')).toBe(true);
    expect(hostIsAddress('rebound.example:4173')).toBe(false);
  });
});
