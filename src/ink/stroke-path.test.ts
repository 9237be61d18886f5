import { describe, expect, it } from 'vitest';
import { strokePath } from './stroke-path.ts';

describe('stroke path', () => {
  it('draws a dot for one point, a line for two, curves through the midpoints for more', () => {
    expect(strokePath([])).toBe('');
    expect(strokePath([5, 6])).toBe('M5 6l0 0');
    expect(strokePath([0, 0, 10, 10])).toBe('M0 0L10 10');
    expect(strokePath([0, 0, 10, 0, 10, 10])).toBe('M0 0Q10 0 10 5L10 10');
  });

  it('rounds to a tenth of a slide pixel', () => {
    expect(strokePath([0.123, 0.456, 1.26, 2])).toBe('M0.1 0.5L1.3 2');
  });
});
