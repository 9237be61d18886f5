import { describe, expect, it } from 'vitest';
import { charactersOf, codePointsOf, unicodeRangeOf } from './unicode-range.ts';

describe('codePointsOf', () => {
  it('reads single code points, ranges and wildcards, skipping junk', () => {
    expect(charactersOf('U+0041-0043, U+00E9, nonsense')).toBe('ABCé');
    expect(codePointsOf('U+4?')).toEqual(Array.from({ length: 16 }, (_, index) => 0x40 + index));
    expect(codePointsOf('U+??,U+131').length).toBe(257);
  });
});

describe('unicodeRangeOf', () => {
  it('writes runs of neighbours as ranges, in order, once each', () => {
    expect(unicodeRangeOf([0x43, 0x41, 0x42, 0xe9, 0x41, 0x2000])).toBe('U+41-43,U+E9,U+2000');
    expect(codePointsOf(unicodeRangeOf(codePointsOf('U+??,U+152-153')))).toEqual(codePointsOf('U+0-FF,U+152,U+153'));
  });
});
