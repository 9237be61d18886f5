import { describe, expect, it } from 'vitest';
import { barFraction, columnAverages, formatAverage, type ScoreRow } from './score.ts';
import { outcomeColumns, outcomeRows } from './outcome.ts';

describe('columnAverages', () => {
  it('gives Anna and Valera the same 3.25 over the eight scored rows', () => {
    const averages = columnAverages(outcomeRows, outcomeColumns.length);
    expect(averages).toEqual([26 / 8, 26 / 8]);
    expect(averages.map(formatAverage)).toEqual(['3.25', '3.25']);
  });

  it('counts a 0 as a score rather than skipping it', () => {
    const rows: ScoreRow[] = [
      { criterion: 'a', cells: [{ score: 0 }] },
      { criterion: 'b', cells: [{ score: 4 }] },
    ];
    expect(columnAverages(rows, 1)).toEqual([2]);
  });

  it('ignores text rows', () => {
    const rows: ScoreRow[] = [
      { criterion: 'a', cells: [{ score: 3 }, { score: 1 }] },
      { criterion: 'happy?', text: 'Absolutely!' },
      { criterion: 'b', cells: [{ score: 5 }, { score: 2 }] },
    ];
    expect(columnAverages(rows, 2)).toEqual([4, 1.5]);
  });

  it('has no average for a column without scores', () => {
    expect(formatAverage(columnAverages([{ criterion: 'x', text: 'n/a' }], 1)[0]!)).toBe('—');
  });
});

describe('formatAverage', () => {
  it('prints two decimals', () => {
    expect(formatAverage(3.25)).toBe('3.25');
    expect(formatAverage(10 / 3)).toBe('3.33');
    expect(formatAverage(4)).toBe('4.00');
  });
});

describe('barFraction', () => {
  it('scales a score to the best mark and clamps', () => {
    expect(barFraction(0, 5)).toBe(0);
    expect(barFraction(5, 5)).toBe(1);
    expect(barFraction(2, 5)).toBeCloseTo(0.4);
    expect(barFraction(7, 5)).toBe(1);
  });
});
