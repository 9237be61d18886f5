import { describe, expect, it } from 'vitest';
import { isTransition, nextTrail, parseTransition, transitionAttributes } from './slide-transition.ts';

describe('slide transitions', () => {
  it('reads meta.transition, defaulting to none', () => {
    expect(parseTransition('fade')).toBe('fade');
    expect(parseTransition('slide')).toBe('slide');
    expect(parseTransition('zoom')).toBe('none');
    expect(parseTransition(undefined)).toBe('none');
    expect(isTransition('zoom')).toBe(false);
  });

  it('has no transition before the first slide change, then knows its direction', () => {
    const first = { current: 3 };
    expect(transitionAttributes('fade', first)).toEqual({});
    expect(nextTrail(first, 3)).toBe(first);
    const forward = nextTrail(first, 4);
    expect(transitionAttributes('slide', forward)).toEqual({ 'data-transition': 'slide', 'data-direction': 'forward' });
    expect(transitionAttributes('slide', nextTrail(forward, 2))).toEqual({ 'data-transition': 'slide', 'data-direction': 'back' });
    expect(transitionAttributes('none', forward)).toEqual({});
  });
});
