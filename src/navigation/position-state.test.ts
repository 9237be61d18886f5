import { describe, expect, it } from 'vitest';
import { positionState, reducePosition, type PositionAction, type PositionState } from './position-state.ts';
import type { DeckShape } from './navigation.ts';

/** Slide 2 has no steps when built; its component claims one at run time (fp-ts's PostponedVideo). */
const BUILT: DeckShape = [0, 0, 2];

const run = (state: PositionState, ...actions: PositionAction[]) => actions.reduce((next, action) => reducePosition(next, action, BUILT), state);
const at = (slide: number, step = 0) => positionState({ slide, step });
const claim = (id: string, slide: number, steps: number): PositionAction => ({ type: 'claim', id, claim: { slide, steps } });
const withdraw = (id: string): PositionAction => ({ type: 'claim', id, claim: null });

describe('the position with steps claimed at run time', () => {
  it('a claimed step is one more press on the slide before the next one', () => {
    const state = run(at(2), claim('video', 2, 1), { type: 'next' });
    expect(state.position).toEqual({ slide: 2, step: 1 });
    expect(run(state, { type: 'next' }).position).toEqual({ slide: 3, step: 0 });
  });

  it('prev onto a claimed slide lands on its last step', () => {
    expect(run(at(3), claim('video', 2, 1), { type: 'prev' }).position).toEqual({ slide: 2, step: 1 });
  });

  it('prev onto a slide whose claim comes late moves on to its last step when the claim arrives', () => {
    let state = run(at(3), { type: 'prev' });
    expect(state.position).toEqual({ slide: 2, step: 0 });
    state = run(state, claim('video', 2, 1));
    expect(state.position).toEqual({ slide: 2, step: 1 });
  });

  it('a late claim moves nothing once the user has moved on', () => {
    const state = run(at(3), { type: 'prev' }, { type: 'prev' }, claim('video', 2, 1));
    expect(state.position).toEqual({ slide: 1, step: 0 });
  });

  it('a press before a late claim is never lost or doubled: it moves by what the deck has then', () => {
    let state = run(at(2), { type: 'next' });
    expect(state.position).toEqual({ slide: 3, step: 0 });
    state = run(state, claim('video', 2, 1));
    expect(state.position).toEqual({ slide: 3, step: 0 });
  });

  it('a deep link (or the presenter) naming a step not claimed yet takes it once the slide claims it', () => {
    let state = run(at(1), { type: 'goto', slide: 2, step: 1 });
    expect(state.position).toEqual({ slide: 2, step: 0 });
    state = run(state, claim('video', 2, 1));
    expect(state.position).toEqual({ slide: 2, step: 1 });
    expect(state.wanted).toBeNull();
  });

  it('the URL read at start waits the same way', () => {
    const state = run(positionState({ slide: 2, step: 0 }, { slide: 2, step: 1 }), claim('video', 2, 1));
    expect(state.position).toEqual({ slide: 2, step: 1 });
  });

  it('a step beyond every claim clamps to the last one claimed', () => {
    expect(run(at(1), { type: 'goto', slide: 2, step: 9 }, claim('video', 2, 1)).position).toEqual({ slide: 2, step: 1 });
  });

  it('a withdrawn claim (its slide unmounted) no longer counts, and the position stays valid', () => {
    let state = run(at(2), claim('video', 2, 1), { type: 'next' });
    state = run(state, withdraw('video'));
    expect(state.position).toEqual({ slide: 2, step: 0 });
    expect(run(state, { type: 'next' }).position).toEqual({ slide: 3, step: 0 });
  });

  it('a claim withdrawn and made again (its component remounting) gives the step back', () => {
    const state = run(at(2), claim('video', 2, 1), { type: 'next' }, withdraw('video'), claim('video-again', 2, 1));
    expect(state.position).toEqual({ slide: 2, step: 1 });
  });

  it('the most of all claims counts, and built steps are never lowered', () => {
    const state = run(at(3), claim('a', 3, 1), claim('b', 3, 4), { type: 'goto', slide: 3, step: 9 });
    expect(state.position).toEqual({ slide: 3, step: 4 });
    expect(run(state, withdraw('b')).position).toEqual({ slide: 3, step: 2 });
  });

  it('a slide’s own setStep moves only while the deck is on that slide', () => {
    const state = run(at(2), claim('video', 2, 1));
    expect(run(state, { type: 'step', slide: 2, step: 1 }).position).toEqual({ slide: 2, step: 1 });
    const elsewhere = run(state, { type: 'next' }, { type: 'next' });
    expect(run(elsewhere, { type: 'step', slide: 2, step: 0 })).toBe(elsewhere);
  });

  it('a follower takes the presenter’s count for the presenter’s slide, and only for it', () => {
    let state = run(at(1), { type: 'goto', slide: 2, step: 1, steps: 1 });
    expect(state.position).toEqual({ slide: 2, step: 1 });
    state = run(state, { type: 'goto', slide: 3, step: 0, steps: 2 }, { type: 'goto', slide: 2, step: 1 });
    expect(state.position).toEqual({ slide: 2, step: 0 });
  });

  it('changes nothing, and keeps the same state, for a claim that changes no count', () => {
    const state = run(at(2), claim('video', 2, 1));
    expect(run(state, claim('video', 2, 1))).toBe(state);
    expect(run(state, withdraw('nobody'))).toBe(state);
  });
});
