import { describe, expect, it } from 'vitest';
import { claimedShape, claimedSteps, MAX_CLAIMED_STEPS, NO_CLAIMS, withClaim } from './step-claims.ts';

describe('step claims', () => {
  it('raise a slide to the most of its built count and every claim on it', () => {
    let claims = withClaim(NO_CLAIMS, 'video', { slide: 2, steps: 1 });
    claims = withClaim(claims, 'list', { slide: 2, steps: 3 });
    claims = withClaim(claims, 'small', { slide: 3, steps: 1 });
    expect(claimedShape([0, 0, 2], claims)).toEqual([0, 3, 2]);
  });

  it('leave the built shape itself when no claim raises it, so nothing downstream re-runs', () => {
    const built = [0, 2];
    expect(claimedShape(built, NO_CLAIMS)).toBe(built);
    expect(claimedShape(built, withClaim(NO_CLAIMS, 'a', { slide: 2, steps: 1 }))).toBe(built);
  });

  it('ignore claims on slides the deck does not have', () => {
    const claims = withClaim(withClaim(NO_CLAIMS, 'a', { slide: 0, steps: 4 }), 'b', { slide: 9, steps: 4 });
    expect(claimedShape([0, 0], claims)).toEqual([0, 0]);
  });

  it('are withdrawn by their holder, and an unchanged claim keeps the same object', () => {
    const one = withClaim(NO_CLAIMS, 'a', { slide: 1, steps: 2 });
    expect(withClaim(one, 'a', { slide: 1, steps: 2 })).toBe(one);
    const none = withClaim(one, 'a', null);
    expect(claimedShape([0], none)).toEqual([0]);
    expect(withClaim(none, 'a', null)).toBe(none);
  });

  it('count only whole non-negative numbers, capped', () => {
    expect(claimedSteps(2.7)).toBe(2);
    expect(claimedSteps(1e12)).toBe(MAX_CLAIMED_STEPS);
    expect(claimedSteps(Infinity)).toBe(MAX_CLAIMED_STEPS);
    for (const bad of [-1, Number.NaN, '3', null, undefined]) expect(claimedSteps(bad)).toBeNull();
  });
});
