import { describe, expect, it } from 'vitest';
import { formatDeckError } from './format-error.ts';

const source = 'line one\nline two\n  <div>\n';

describe('formatDeckError', () => {
  it('prefixes file:line:column and points at the column in a code frame', () => {
    const error = formatDeckError({ message: 'Unexpected thing', line: 3, column: 3 }, 'deck.mdx', source);
    expect(error.message).toBe('deck.mdx:3:3: Unexpected thing\n\n3 |   <div>\n      ^');
    expect(error.loc).toEqual({ file: 'deck.mdx', line: 3, column: 3 });
  });

  it('reads the position from the reason when the message carries no place', () => {
    const error = formatDeckError({ message: 'Expected a closing tag for `<div>` (3:3-3:8)' }, 'deck.mdx', source);
    expect(error.message.split('\n')[0]).toBe('deck.mdx:3:3: Expected a closing tag for `<div>` (3:3-3:8)');
  });

  it('maps a part line back to the file line', () => {
    const error = formatDeckError({ message: 'Bad', line: 1, column: 1 }, 'deck.mdx', source, [2]);
    expect(error.message).toMatch(/^deck\.mdx:2:1: Bad\n\n2 \| line two/);
  });
});
