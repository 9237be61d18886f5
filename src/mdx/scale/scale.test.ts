import { describe, expect, it } from 'vitest';
import { isLevel, markerPosition, scaleLabel } from './scale.ts';

describe('markerPosition', () => {
  it('puts Gentle at the left end, Middle in the centre and Hardcore at the right end', () => {
    expect(markerPosition('gentle')).toBe(0);
    expect(markerPosition('middle')).toBe(0.5);
    expect(markerPosition('hardcore')).toBe(1);
  });
});

describe('scaleLabel', () => {
  it('names the marked level', () => {
    expect(scaleLabel('middle')).toBe('On the Gentle–Hardcore scale: Middle');
    expect(scaleLabel('hardcore')).toBe('On the Gentle–Hardcore scale: Hardcore');
  });

  it('lists the levels when nothing is marked', () => {
    expect(scaleLabel()).toBe('The Gentle–Hardcore scale: Gentle, Middle, Hardcore');
  });
});

describe('isLevel', () => {
  it('accepts the three levels only', () => {
    expect(['gentle', 'middle', 'hardcore'].every(isLevel)).toBe(true);
    expect(isLevel('Sweet')).toBe(false);
  });
});
