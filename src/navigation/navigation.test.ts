import { describe, expect, it } from 'vitest';
import { clampPosition, navigate, type DeckShape } from './navigation.ts';

const shape: DeckShape = [0, 2, 0, 3];

describe('navigate', () => {
  it('reveals steps before moving to the next slide', () => {
    let position = { slide: 2, step: 0 };
    position = navigate(position, { type: 'next' }, shape);
    expect(position).toEqual({ slide: 2, step: 1 });
    position = navigate(position, { type: 'next' }, shape);
    expect(position).toEqual({ slide: 2, step: 2 });
    position = navigate(position, { type: 'next' }, shape);
    expect(position).toEqual({ slide: 3, step: 0 });
  });

  it('goes back to the previous slide fully built', () => {
    expect(navigate({ slide: 3, step: 0 }, { type: 'prev' }, shape)).toEqual({ slide: 2, step: 2 });
    expect(navigate({ slide: 2, step: 1 }, { type: 'prev' }, shape)).toEqual({ slide: 2, step: 0 });
  });

  it('skips steps with nextSlide and prevSlide', () => {
    expect(navigate({ slide: 2, step: 1 }, { type: 'nextSlide' }, shape)).toEqual({ slide: 3, step: 0 });
    expect(navigate({ slide: 4, step: 2 }, { type: 'prevSlide' }, shape)).toEqual({ slide: 3, step: 0 });
  });

  it('stops at both ends', () => {
    expect(navigate({ slide: 1, step: 0 }, { type: 'prev' }, shape)).toEqual({ slide: 1, step: 0 });
    expect(navigate({ slide: 4, step: 3 }, { type: 'next' }, shape)).toEqual({ slide: 4, step: 3 });
    expect(navigate({ slide: 4, step: 0 }, { type: 'nextSlide' }, shape)).toEqual({ slide: 4, step: 0 });
  });

  it('jumps to first, last and any slide, clamping', () => {
    expect(navigate({ slide: 3, step: 0 }, { type: 'first' }, shape)).toEqual({ slide: 1, step: 0 });
    expect(navigate({ slide: 1, step: 0 }, { type: 'last' }, shape)).toEqual({ slide: 4, step: 0 });
    expect(navigate({ slide: 1, step: 0 }, { type: 'goto', slide: 99, step: 99 }, shape)).toEqual({ slide: 4, step: 3 });
    expect(navigate({ slide: 1, step: 0 }, { type: 'goto', slide: -5 }, shape)).toEqual({ slide: 1, step: 0 });
  });

  it('walks every position of the deck exactly once going forward', () => {
    const seen: string[] = [];
    let position = { slide: 1, step: 0 };
    for (let i = 0; i < 20; i++) {
      seen.push(`${position.slide}/${position.step}`);
      position = navigate(position, { type: 'next' }, shape);
    }
    const distinct = [...new Set(seen)];
    expect(distinct).toHaveLength(shape.reduce((sum, steps) => sum + steps + 1, 0));
  });
});

describe('clampPosition', () => {
  it('repairs non-finite and out-of-range values', () => {
    expect(clampPosition({ slide: Number.NaN, step: 1 }, shape)).toEqual({ slide: 1, step: 0 });
    expect(clampPosition({ slide: 2.7, step: 5 }, shape)).toEqual({ slide: 2, step: 2 });
    expect(clampPosition({ slide: 3, step: 0 }, [])).toEqual({ slide: 1, step: 0 });
  });
});
