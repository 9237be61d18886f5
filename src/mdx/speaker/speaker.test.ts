import { describe, expect, it } from 'vitest';
import { formatDate } from './speaker.tsx';

describe('formatDate', () => {
  it('writes an ISO date out in words, and leaves other text as written', () => {
    expect(formatDate('2026-12-01')).toBe('1 December 2026');
    expect(formatDate('Spring 2026')).toBe('Spring 2026');
    expect(formatDate('2026-13-01')).toBe('2026-13-01');
    expect(formatDate(undefined)).toBeUndefined();
  });
});
