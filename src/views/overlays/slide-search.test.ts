import { describe, expect, it } from 'vitest';
import { searchSlides } from './slide-search.ts';

const titles = ['Hello', 'Steps', 'Appear', 'Split', 'Split right', 'Ship it'];

describe('searchSlides', () => {
  it('reads a number as that slide, clamped to the deck', () => {
    expect(searchSlides(titles, '3')).toEqual([{ slide: 3, title: 'Appear' }]);
    expect(searchSlides(titles, ' 99 ')).toEqual([{ slide: 6, title: 'Ship it' }]);
    expect(searchSlides(titles, '0')).toEqual([{ slide: 1, title: 'Hello' }]);
  });

  it('matches titles case-insensitively, prefix matches first', () => {
    expect(searchSlides(titles, 'IT').map((match) => match.slide)).toEqual([4, 5, 6]);
    expect(searchSlides(['Why split?', 'Split', 'Split right'], 'split').map((match) => match.slide)).toEqual([2, 3, 1]);
  });

  it('lists nothing for an empty query or no match, and caps long lists', () => {
    expect(searchSlides(titles, '  ')).toEqual([]);
    expect(searchSlides(titles, 'zebra')).toEqual([]);
    expect(
      searchSlides(
        Array.from({ length: 500 }, (_, i) => `Slide ${i}`),
        'slide',
        20,
      ),
    ).toHaveLength(20);
  });
});
