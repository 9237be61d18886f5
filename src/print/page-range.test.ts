import { describe, expect, it } from 'vitest';
import { parseRange, parseRangeSpans, RangeSyntaxError } from './page-range.ts';

describe('parseRange', () => {
  it('reads single slides and inclusive spans', () => {
    expect(parseRange('3-10,12', 42)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 12]);
    expect(parseRange('7', 42)).toEqual([7]);
    expect(parseRange('1-1', 3)).toEqual([1]);
  });
  it('reads open ends: to the last slide and from the first', () => {
    expect(parseRange('40-', 42)).toEqual([40, 41, 42]);
    expect(parseRange('-3', 42)).toEqual([1, 2, 3]);
  });
  it('sorts, drops duplicates and tolerates spaces and stray commas', () => {
    expect(parseRange(' 12, 3-4 ,4,3,', 42)).toEqual([3, 4, 12]);
  });
  it('rejects reversed spans, slides outside the deck and garbage, naming the part', () => {
    expect(() => parseRange('10-3', 42)).toThrow(/"10-3": 10 is after 3/);
    expect(() => parseRange('0', 42)).toThrow(/slide 0 .* slides 1-42/);
    expect(() => parseRange('40-43', 42)).toThrow(/slide 43 in "40-43" is out of range/);
    expect(() => parseRange('3-x', 42)).toThrow(RangeSyntaxError);
    expect(() => parseRange('-', 42)).toThrow(/bad slide range "-"/);
    expect(() => parseRange('1 2', 42)).toThrow(/bad slide range "1 2"/);
    expect(() => parseRange('', 42)).toThrow(/empty slide range/);
    expect(() => parseRange(',', 42)).toThrow(/empty slide range/);
  });
});

describe('parseRangeSpans', () => {
  it('checks the syntax before the deck length is known, keeping open ends open', () => {
    expect(parseRangeSpans('3-10, 12,40-,-2')).toEqual([
      { text: '3-10', from: 3, to: 10 },
      { text: '12', from: 12, to: 12 },
      { text: '40-', from: 40, to: null },
      { text: '-2', from: null, to: 2 },
    ]);
    expect(() => parseRangeSpans('7-5')).toThrow(/7 is after 5/);
    expect(() => parseRangeSpans('a')).toThrow(RangeSyntaxError);
  });
});
