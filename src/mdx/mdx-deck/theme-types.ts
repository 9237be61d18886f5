/** An mdx-deck theme as decks write it: v4's theme-ui shape or v2's flat keys (`font`, `css`, `h1`, …). */
export type MdxDeckTheme = { [key: string]: unknown };

/** An entry of v2's `export const themes = [ … ]`: a theme object, or a function of the themes before it. */
export type MdxDeckThemeEntry = MdxDeckTheme | ((theme: MdxDeckTheme) => MdxDeckTheme);
