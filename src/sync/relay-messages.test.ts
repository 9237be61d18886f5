import { describe, expect, it } from 'vitest';
import { acceptFromClient, MAX_RELAY_MESSAGE, parseRelayMessage, relayUrl, type RelayState } from './relay-messages.ts';

const state: RelayState = { type: 'state', position: { slide: 3, step: 1 }, blank: false, timer: { running: true, elapsedMs: 61_000 } };

describe('relay messages', () => {
  it('reads the three known shapes', () => {
    expect(parseRelayMessage(JSON.stringify(state))).toEqual(state);
    expect(parseRelayMessage(JSON.stringify({ ...state, steps: 2 }))).toEqual({ ...state, steps: 2 });
    expect(parseRelayMessage('{"type":"command","command":"previous"}')).toEqual({ type: 'command', command: 'previous' });
    expect(parseRelayMessage('{"type":"peers","presenters":1,"remotes":2,"followers":50}')).toEqual({
      type: 'peers',
      presenters: 1,
      remotes: 2,
      followers: 50,
    });
  });

  it('drops junk, unknown types, extra fields and out-of-range values', () => {
    const junk = [
      '',
      'not json',
      'null',
      '[]',
      '"state"',
      '{"type":"goto","slide":3}',
      '{"type":"command","command":"first"}',
      '{"type":"command","command":"next","slide":9}',
      JSON.stringify({ ...state, html: '<img onerror=x>' }),
      JSON.stringify({ ...state, position: { slide: 0, step: 0 } }),
      JSON.stringify({ ...state, position: { slide: 1.5, step: 0 } }),
      JSON.stringify({ ...state, position: { slide: 2, step: -1 } }),
      JSON.stringify({ ...state, timer: { running: true, elapsedMs: -5 } }),
      JSON.stringify({ ...state, blank: 'yes' }),
      JSON.stringify({ ...state, steps: -1 }),
      JSON.stringify({ ...state, steps: 'all' }),
      '{"type":"peers","presenters":-1,"remotes":0,"followers":0}',
    ];
    for (const text of junk) expect(parseRelayMessage(text), text).toBeNull();
  });

  it('drops anything longer than the limit unread', () => {
    const long = JSON.stringify({ ...state, pad: 'x'.repeat(MAX_RELAY_MESSAGE) });
    expect(parseRelayMessage(long)).toBeNull();
  });

  it('lets a presenter send its state, a remote commands, a follower nothing', () => {
    const command = '{"type":"command","command":"next"}';
    expect(acceptFromClient('presenter', JSON.stringify(state))).toEqual(state);
    expect(acceptFromClient('presenter', command)).toBeNull();
    expect(acceptFromClient('remote', command)).toEqual({ type: 'command', command: 'next' });
    expect(acceptFromClient('remote', JSON.stringify(state))).toBeNull();
    expect(acceptFromClient('follow', command)).toBeNull();
    expect(acceptFromClient('follow', JSON.stringify(state))).toBeNull();
    expect(acceptFromClient('remote', '{"type":"peers","presenters":9,"remotes":0,"followers":0}')).toBeNull();
  });

  it('puts the relay in the page’s folder with the token and role in the query', () => {
    expect(relayUrl('http://10.0.0.2:4173/talks/x/index.html?mode=remote#/3', 'ab12', 'remote')).toBe(
      'ws://10.0.0.2:4173/talks/x/__deck/relay?token=ab12&role=remote',
    );
    expect(relayUrl('https://host/', 'ab', 'follow')).toBe('wss://host/__deck/relay?token=ab&role=follow');
  });
});
