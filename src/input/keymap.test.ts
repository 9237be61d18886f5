import { describe, expect, it } from 'vitest';
import { KEYMAP, bindingFor, keyName } from './keymap.ts';

const key = (key: string, extra: Partial<{ altKey: boolean; shiftKey: boolean; ctrlKey: boolean; code: string }> = {}) => ({
  key,
  altKey: false,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  ...extra,
});

describe('keymap', () => {
  it('maps the contract keys to moves', () => {
    expect(bindingFor(key('ArrowRight'))?.run).toEqual({ type: 'next' });
    expect(bindingFor(key(' '))?.run).toEqual({ type: 'next' });
    expect(bindingFor(key(' ', { shiftKey: true }))?.run).toEqual({ type: 'prev' });
    expect(bindingFor(key('ArrowRight', { shiftKey: true }))?.run).toEqual({ type: 'nextSlide' });
    expect(bindingFor(key('End'))?.run).toEqual({ type: 'last' });
  });
  it('reads Alt+letter from the physical key (macOS types other characters)', () => {
    expect(keyName(key('ø', { altKey: true, code: 'KeyO' }))).toBe('Alt+o');
    expect(bindingFor(key('π', { altKey: true, code: 'KeyP' }))?.run).toEqual({ command: 'presenter' });
  });
  it('leaves browser shortcuts alone', () => {
    expect(bindingFor(key('f', { ctrlKey: true }))).toBeUndefined();
  });
  it('binds every key once', () => {
    const keys = Object.values(KEYMAP).flatMap((binding) => binding.keys);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
