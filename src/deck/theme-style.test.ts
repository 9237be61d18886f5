import { describe, expect, it } from 'vitest';
import { themeStyle } from './theme-style.ts';

describe('themeStyle', () => {
  it('maps mdx-deck theme keys to the CSS variables, headings following the body font', () => {
    expect(themeStyle({ colors: { text: '#111', background: '#fff' }, fonts: { body: 'Georgia, serif' } })).toEqual({
      '--deck-text': '#111',
      '--deck-background': '#fff',
      '--deck-font-body': 'Georgia, serif',
      '--deck-font-heading': 'Georgia, serif',
    });
  });
  it('leaves unset keys to the stylesheet', () => {
    expect(themeStyle({})).toEqual({});
  });
});
