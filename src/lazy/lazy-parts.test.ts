import { describe, expect, it } from 'vitest';
import { allLazyParts, lazyPart, printLazyParts } from './lazy-parts.ts';

describe('lazyPart', () => {
  it('returns the loader itself, listed for warming, and for print unless told otherwise', () => {
    const forPrint = () => Promise.resolve('slide part');
    const notForPrint = () => Promise.resolve('view');
    expect(lazyPart(forPrint)).toBe(forPrint);
    expect(lazyPart(notForPrint, { print: false })).toBe(notForPrint);
    expect(allLazyParts()).toEqual(expect.arrayContaining([forPrint, notForPrint]));
    expect(printLazyParts()).toContain(forPrint);
    expect(printLazyParts()).not.toContain(notForPrint);
  });
});
