import { describe, expect, it } from 'vitest';
import { mountedSlides } from './mounted-slides.ts';

describe('mountedSlides', () => {
  it('keeps the current slide and one neighbour on each side', () => {
    expect(mountedSlides(5, 5, 10)).toEqual([4, 5, 6]);
    expect(mountedSlides(1, 1, 10)).toEqual([1, 2]);
    expect(mountedSlides(10, 10, 10)).toEqual([9, 10]);
  });
  it('while the window catches up, a step to the neighbour mounts nothing new', () => {
    expect(mountedSlides(5, 6, 10)).toEqual([4, 5, 6]);
  });
  it('a jump shows the target at once, before its neighbours mount', () => {
    expect(mountedSlides(2, 30, 42)).toEqual([1, 2, 3, 30]);
  });
  it('before the deck is first ready (window 0), only the current slide', () => {
    expect(mountedSlides(1, 1, 10, 0)).toEqual([1]);
    expect(mountedSlides(1, 4, 10, 0)).toEqual([1, 4]);
  });
  it('an empty deck mounts nothing but the clamped current slide', () => {
    expect(mountedSlides(1, 1, 1)).toEqual([1]);
  });
});
