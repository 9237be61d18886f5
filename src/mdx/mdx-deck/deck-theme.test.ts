import { describe, expect, it } from 'vitest';
import * as compat from '../mdx-deck-compat.ts';
import { resolveDeckTheme } from './deck-theme.ts';
import { COMPONENT_NAMES, THEME_NAMES_V2, THEME_NAMES_V4 } from './export-names.ts';
import * as v2 from './themes-v2.ts';
import * as v4 from './themes-v4.ts';

describe('mdx-deck themes', () => {
  it('every name mdx-deck exported exists in our modules', () => {
    expect(Object.keys(compat)).toEqual(expect.arrayContaining([...COMPONENT_NAMES]));
    expect(Object.keys(v2)).toEqual(expect.arrayContaining([...THEME_NAMES_V2]));
    expect(Object.keys(v4)).toEqual(expect.arrayContaining([...THEME_NAMES_V4]));
  });

  it("v2's themes list merges in order, functions get the theme so far, v2 keys keep their meaning", () => {
    const { theme, css } = resolveDeckTheme(2, undefined, [v2.code, v2.syntaxHighlighterPrism, { li: { fontSize: 28 } }]);
    expect(theme.colors).toMatchObject({ text: '#003d48', background: '#00cdf1', primary: '#0800e3' });
    expect(theme.fonts.body).toBe('"Source Code Pro", monospace');
    expect(theme.highlight).toBe('prism');
    expect(css['.deck .mdx-deck-slide li']).toEqual({ fontSize: 28 });
    expect(css['.deck .mdx-deck-slide pre']).toMatchObject({ color: '#00cdf1', backgroundColor: '#003d48', textAlign: 'left' });
  });

  it('v4 styles resolve against the theme: colour keys, variants, responsive arrays, vw as frame pixels', () => {
    const { theme, css } = resolveDeckTheme(4, { ...v4.future, styles: { ...(v4.future.styles as object), h1: { width: '100vw', mx: [1, 2] } } }, undefined);
    expect(theme.colors.primary).toBe('#0af');
    expect(css['.deck .mdx-deck-slide pre']).toMatchObject({ color: '#0af', backgroundColor: '#000' });
    expect(css['.deck .mdx-deck-slide h1']).toMatchObject({ width: '1280px', marginLeft: 8, marginRight: 8 });
    expect(css['.deck .mdx-deck-slide h2']).toMatchObject({ textTransform: 'uppercase', fontWeight: 600 });
  });

  it('a deck of our own keeps its theme as written', () => {
    const { theme, css } = resolveDeckTheme(0, { colors: { text: '#222' } }, undefined);
    expect(theme.colors).toEqual({ text: '#222' });
    expect(css).toEqual({});
  });
});
