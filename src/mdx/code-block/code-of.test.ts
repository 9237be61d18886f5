import { describe, expect, it } from 'vitest';
import { codeOf } from './code-of.ts';

describe('codeOf', () => {
  it('reads the language from the class and drops the final newline', () => {
    expect(codeOf('language-sql', 'select 1;\n')).toEqual({ code: 'select 1;', language: 'sql' });
  });
  it('falls back to text and joins string children', () => {
    expect(codeOf(undefined, ['a', 'b'])).toEqual({ code: 'ab', language: 'text' });
  });
});
