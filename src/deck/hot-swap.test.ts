import { describe, expect, it } from 'vitest';
import type { Deck } from './deck-types.ts';
import { withSwappedParts } from './hot-swap.ts';

const loader = () => Promise.resolve({ default: () => null });
const deck: Deck = {
  id: 'd',
  meta: {},
  theme: {},
  Chrome: () => null,
  slides: [
    { title: 'One', steps: 1, body: loader, notes: null },
    { title: 'Two', steps: 1, body: loader, notes: loader },
  ],
};

describe('withSwappedParts', () => {
  it('replaces the loaders of the swapped parts and the titles, and keeps every other entry as it was', () => {
    const fresh = () => Promise.resolve({ default: () => null });
    const next = withSwappedParts(deck, { parts: [{ part: 'notes-2', url: '/deck.mdx?deck-part=notes-2' }], titles: ['One', 'Two!'] }, () => fresh);
    expect(next.slides[0]).toBe(deck.slides[0]);
    expect(next.slides[1]).toMatchObject({ title: 'Two!', body: loader, notes: fresh });
  });
  it('leaves a part the page never loaded to its own loader', () => {
    const next = withSwappedParts(deck, { parts: [{ part: 'slide-1' }], titles: ['One', 'Two'] }, () => () => Promise.reject(new Error('no')));
    expect(next.slides[0]).toBe(deck.slides[0]);
  });
});
