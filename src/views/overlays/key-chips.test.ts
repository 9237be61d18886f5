import { describe, expect, it } from 'vitest';
import { keyChips } from './key-chips.ts';
import { HELP_ROWS } from '../../input/key-help.ts';

describe('keyChips', () => {
  it('makes each key one chip and keeps joining words as text', () => {
    expect(keyChips('g, or digits then Enter')).toEqual([
      { key: true, text: 'g', after: ',' },
      { key: false, text: 'or', after: '' },
      { key: false, text: 'digits', after: '' },
      { key: false, text: 'then', after: '' },
      { key: true, text: 'Enter', after: '' },
    ]);
    expect(keyChips('b or .').map((chip) => chip.text)).toEqual(['b', 'or', '.']);
    expect(keyChips('← ↑ Shift+Space PageUp Backspace').map((chip) => chip.text)).toEqual(['←', '↑', 'Shift+Space', 'PageUp', 'Backspace']);
  });

  it('gives every keymap row at least one key chip, and reads back as its label', () => {
    for (const binding of HELP_ROWS) {
      const chips = keyChips(binding.label);
      expect(chips.some((chip) => chip.key)).toBe(true);
      expect(chips.map((chip) => chip.text + chip.after).join(' ')).toBe(binding.label);
    }
  });
});
