import { describe, expect, it } from 'vitest';
import okaidia from 'react-syntax-highlighter/dist/esm/styles/prism/okaidia';
import ruby from 'react-syntax-highlighter/dist/esm/languages/prism/ruby';
import { resolveDeckTheme } from './deck-theme.ts';
import * as v2 from './themes-v2.ts';
import * as v4 from './themes-v4.ts';

const codeStyle = (flavor: 0 | 2 | 4, theme: unknown, themes?: unknown[]) => resolveDeckTheme(flavor, theme, themes).codeStyle;

describe("mdx-deck's highlighting themes pick our highlighter's library and style", () => {
  it('highlight / syntaxHighlighter: highlight.js (its default style), in v2 and v4', () => {
    expect(codeStyle(4, { ...v4.future, ...v4.highlight })).toEqual({ library: 'hljs' });
    expect(codeStyle(2, { ...v2.swiss, ...v2.syntaxHighlighter })).toEqual({ library: 'hljs' });
  });

  it("prism / syntaxHighlighterPrism: Prism (Prism's default style), listed or spread", () => {
    expect(codeStyle(4, undefined, [v4.future, v4.prism])).toEqual({ library: 'prism' });
    expect(codeStyle(2, undefined, [v2.code, v2.syntaxHighlighterPrism])).toEqual({ library: 'prism' });
  });

  it("a theme's prism.style and prism.languages apply (v1 highlighted with them alone)", () => {
    const theme = { ...v2.future, prism: { style: okaidia, languages: { ruby } } };
    expect(codeStyle(2, theme)).toEqual({ library: 'prism', style: okaidia, languages: { ruby } });
    expect(codeStyle(2, undefined, [theme, v2.syntaxHighlighterPrism])).toMatchObject({ library: 'prism', style: okaidia });
  });

  it('no highlighting theme, or a deck of our own: our a11y-dark', () => {
    expect(codeStyle(4, v4.future)).toBeUndefined();
    expect(codeStyle(0, { colors: { text: '#222' } })).toBeUndefined();
  });
});
