import { describe, expect, it } from 'vitest';
import { accept, createSync, outgoing, type Shared, type SyncState } from './messages.ts';

const at = (slide: number, step = 0, blank = false): Shared => ({ position: { slide, step }, blank });

/** One local move from a window: its next state and the message it sends. */
function send(state: SyncState, shared: Shared) {
  return outgoing(state, 'state', shared);
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

  it('follows a presenter, step included', () => {
    const [, message] = send(createSync('p', 'presenter'), at(2, 3));
    const verdict = accept(createSync('a', 'audience'), message);
    expect(verdict.adopt).toEqual(at(2, 3));
    expect(verdict.state.seen).toEqual({ p: 1 });
  });

  it('drops its own echo', () => {
    const [state, message] = send(createSync('a', 'audience'), at(4));
    expect(accept(state, message).adopt).toBeNull();
  });

  it('drops stale and replayed messages from the same sender', () => {
    let presenter = createSync('p', 'presenter');
    const [p1, first] = send(presenter, at(2));
    const [p2, second] = send(p1, at(3));
    presenter = p2;
    let audience = createSync('a', 'audience');
    audience = accept(audience, second).state;
    expect(accept(audience, first).adopt).toBeNull();
    expect(accept(audience, second).adopt).toBeNull();
    expect(presenter.seq).toBe(2);
  });

  it('ignores malformed messages and answers meant for another window', () => {
    const audience = createSync('a', 'audience');
    expect(accept(audience, { type: 'state', sender: 'x' }).adopt).toBeNull();
    expect(accept(audience, 'hello').adopt).toBeNull();
    const [, answer] = outgoing(createSync('p', 'presenter'), 'state', at(5), { replyTo: 'someone-else' });
    expect(accept(audience, answer)).toEqual({ state: audience, adopt: null, answer: false });
  });

  it('answers every hello, without moving', () => {
    const [, hello] = outgoing(createSync('new', 'audience'), 'hello', at(1), { opening: true });
    const verdict = accept(createSync('p', 'presenter'), hello);
    expect(verdict).toMatchObject({ answer: true, adopt: null });
  });

  it('never lets an audience move a presenter by broadcast', () => {
    const [, move] = send(createSync('a', 'audience'), at(7));
    const verdict = accept(createSync('p', 'presenter'), move);
    expect(verdict.adopt).toBeNull();
    expect(verdict.state.seen).toEqual({ a: 1 });
  });

  it('lets an opening presenter adopt the audience’s answer once, then lead', () => {
    const [opening] = outgoing(createSync('p', 'presenter'), 'hello', at(1), { opening: true });
    const [, answer] = outgoing(createSync('a', 'audience'), 'state', at(6, 1), { replyTo: 'p' });
    const [, late] = outgoing(createSync('b', 'audience'), 'state', at(9), { replyTo: 'p' });
    const first = accept(opening, answer);
    expect(first.adopt).toEqual(at(6, 1));
    expect(accept(first.state, late).adopt).toBeNull();
  });

  it('does not let a presenter’s later hello (tab shown again) adopt an audience answer', () => {
    const [shown] = outgoing(createSync('p', 'presenter'), 'hello', at(3));
    const [, answer] = outgoing(createSync('a', 'audience'), 'state', at(1), { replyTo: 'p' });
    expect(accept(shown, answer).adopt).toBeNull();
  });

  it('lets a presenter’s answer override an audience answer, whatever the order', () => {
    const [hello] = outgoing(createSync('new', 'audience'), 'hello', at(1), { opening: true });
    const [, fromAudience] = outgoing(createSync('a', 'audience'), 'state', at(4), { replyTo: 'new' });
    const [, fromPresenter] = outgoing(createSync('p', 'presenter'), 'state', at(5, 2), { replyTo: 'new' });
    const audienceFirst = accept(hello, fromAudience);
    expect(audienceFirst.adopt).toEqual(at(4));
    expect(accept(audienceFirst.state, fromPresenter).adopt).toEqual(at(5, 2));
    const presenterFirst = accept(hello, fromPresenter);
    expect(presenterFirst.adopt).toEqual(at(5, 2));
    expect(accept(presenterFirst.state, fromAudience).adopt).toBeNull();
  });

  it('stops taking answers once the window moves on its own', () => {
    const [hello] = outgoing(createSync('p', 'presenter'), 'hello', at(1), { opening: true });
    const [moved] = send(hello, at(2));
    const [, answer] = outgoing(createSync('a', 'audience'), 'state', at(8), { replyTo: 'p' });
    expect(accept(moved, answer).adopt).toBeNull();
  });

  it('syncs the blank screen with the position', () => {
    const [, message] = send(createSync('p', 'presenter'), at(2, 0, true));
    expect(accept(createSync('a', 'audience'), message).adopt?.blank).toBe(true);
  });
});
