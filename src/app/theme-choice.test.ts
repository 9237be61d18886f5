import { describe, expect, it } from 'vitest';
import { nextThemeChoice, parseThemeChoice } from './theme-choice.ts';

describe('theme choice', () => {
  it('steps auto → light → dark → auto', () => {
    expect(nextThemeChoice('auto')).toBe('light');
    expect(nextThemeChoice('light')).toBe('dark');
    expect(nextThemeChoice('dark')).toBe('auto');
  });

  it('reads anything unknown as auto', () => {
    expect(parseThemeChoice('dark')).toBe('dark');
    expect(parseThemeChoice('sepia')).toBe('auto');
    expect(parseThemeChoice(null)).toBe('auto');
  });
});
