import { describe, expect, it } from 'vitest';
import { gridColumns, moveFocus } from './overview-grid.ts';

describe('gridColumns', () => {
  it('fits as many minimum-width thumbnails as the width allows', () => {
    expect(gridColumns(1240, 220, 20)).toEqual({ columns: 5, thumbWidth: 232 });
    expect(gridColumns(100, 220, 20)).toEqual({ columns: 1, thumbWidth: 100 });
  });
});

describe('moveFocus', () => {
  it('moves by one with left/right and by a row with up/down', () => {
    expect(moveFocus('ArrowRight', 0, 4, 10)).toBe(1);
    expect(moveFocus('ArrowLeft', 5, 4, 10)).toBe(4);
    expect(moveFocus('ArrowDown', 1, 4, 10)).toBe(5);
    expect(moveFocus('ArrowUp', 5, 4, 10)).toBe(1);
  });

  it('stays inside the grid', () => {
    expect(moveFocus('ArrowLeft', 0, 4, 10)).toBe(0);
    expect(moveFocus('ArrowDown', 8, 4, 10)).toBe(9);
    expect(moveFocus('ArrowUp', 2, 4, 10)).toBe(0);
    expect(moveFocus('End', 2, 4, 10)).toBe(9);
    expect(moveFocus('Home', 7, 4, 10)).toBe(0);
  });

  it('leaves other keys to the deck', () => {
    expect(moveFocus('Enter', 2, 4, 10)).toBeNull();
    expect(moveFocus('p', 2, 4, 10)).toBeNull();
  });
});
