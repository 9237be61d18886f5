import { describe, expect, it } from 'vitest';
import { accept, createSync, isSyncMessage, outgoing, type Shared, type SyncState } from './messages.ts';

const at = (slide: number, step = 0, blank = false): Shared => ({ position: { slide, step }, blank });

/** One local move from a window: its next state and the message it sends. */
function send(state: SyncState, shared: Shared, replyTo?: string) {
  return outgoing(state, { type: 'state', ...shared, replyTo });
}

describe('sync messages', () => {
  it('numbers each sender’s messages strictly upwards', () => {
    let presenter = createSync('p', 'presenter');
    const seqs: number[] = [];
    for (let i = 0; i < 3; i++) {
      const [next, message] = send(presenter, at(i + 1));
      presenter = next;
      seqs.push(message.seq);
    }
    expect(seqs).toEqual([1, 2, 3]);
  });

  it('an audience window follows a presenter, step included', () => {
    const [, message] = send(createSync('p', 'presenter'), at(2, 3));
    const verdict = accept(createSync('a', 'audience'), message);
    expect(verdict.adopt).toEqual(at(2, 3));
    expect(verdict.state.seen).toEqual({ p: 1 });
  });

  it('an audience window learns the presenter’s step count for its slide (steps its components claim at run time)', () => {
    const [, message] = send(createSync('p', 'presenter'), { ...at(5, 1), steps: 1 });
    expect(accept(createSync('a', 'audience'), message).adopt).toEqual({ ...at(5, 1), steps: 1 });
    expect(isSyncMessage({ ...message, steps: 'many' })).toBe(false);
  });

  it('an audience window never follows another audience window', () => {
    const [, move] = send(createSync('b', 'audience'), at(30));
    expect(accept(createSync('a', 'audience'), move).adopt).toBeNull();
    const [, answer] = send(createSync('b', 'audience'), at(5), 'a');
    expect(accept(createSync('a', 'audience'), answer).adopt).toBeNull();
  });

  it('drops its own echo', () => {
    const [state, message] = send(createSync('p', 'presenter'), at(4));
    expect(accept({ ...state, role: 'audience' }, message).adopt).toBeNull();
  });

  it('drops stale and replayed messages from the same sender', () => {
    const [p1, first] = send(createSync('p', 'presenter'), at(2));
    const [, second] = send(p1, at(3));
    const audience = accept(createSync('a', 'audience'), second).state;
    expect(accept(audience, first).adopt).toBeNull();
    expect(accept(audience, second).adopt).toBeNull();
  });

  it('ignores malformed messages and answers meant for another window', () => {
    const audience = createSync('a', 'audience');
    for (const junk of [
      { type: 'state', sender: 'x' },
      'hello',
      null,
      7,
      { type: 'state', sender: 'x', seq: 1, role: 'presenter', position: { slide: '2', step: 0 }, blank: false },
    ]) {
      expect(isSyncMessage(junk)).toBe(false);
      expect(accept(audience, junk).adopt).toBeNull();
    }
    const [, answer] = send(createSync('p', 'presenter'), at(5), 'someone-else');
    expect(accept(audience, answer)).toEqual({ state: audience, adopt: null, topic: null, answer: false });
  });

  it('only a presenter answers a hello, without moving', () => {
    const [, hello] = outgoing(createSync('new', 'audience'), { type: 'hello' });
    expect(accept(createSync('p', 'presenter'), hello)).toMatchObject({ answer: true, adopt: null });
    expect(accept(createSync('a', 'audience'), hello)).toMatchObject({ answer: false, adopt: null });
  });

  it('never lets anything move a presenter', () => {
    const presenter = createSync('p', 'presenter');
    const [, move] = send(createSync('a', 'audience'), at(7));
    const [, answer] = send(createSync('a', 'audience'), at(7), 'p');
    const [, other] = send(createSync('q', 'presenter'), at(9));
    for (const message of [move, answer, other]) expect(accept(presenter, message).adopt).toBeNull();
  });

  it('delivers a presenter’s topic messages to followers only', () => {
    const [, pointer] = outgoing(createSync('p', 'presenter'), { type: 'topic', topic: 'pointer', data: { x: 640, y: 360 } });
    expect(accept(createSync('a', 'audience'), pointer).topic).toEqual({ topic: 'pointer', data: { x: 640, y: 360 } });
    expect(accept(createSync('q', 'presenter'), pointer).topic).toBeNull();
    const [, fromAudience] = outgoing(createSync('b', 'audience'), { type: 'topic', topic: 'pointer', data: {} });
    expect(accept(createSync('a', 'audience'), fromAudience).topic).toBeNull();
  });

  it('syncs the blank screen with the position', () => {
    const [, message] = send(createSync('p', 'presenter'), at(2, 0, true));
    expect(accept(createSync('a', 'audience'), message).adopt?.blank).toBe(true);
  });
});
