/**
 * The names mdx-deck's packages exported, by import path, so a deck's import is checked against what mdx-deck had:
 * a name here resolves to our equivalent; any other name gets a placeholder and a build warning.
 */
export const THEME_NAMES = [
  'default',
  'dark',
  'future',
  'condensed',
  'yellow',
  'swiss',
  'poppins',
  'book',
  'script',
  'comic',
  'notes',
  'code',
  'lobster',
  'hack',
  'rye',
  'big',
  'highlight',
  'syntaxHighlighter',
  'prism',
  'syntaxHighlighterPrism',
  'aspect',
  'aspect43',
] as const;

/** `@mdx-deck/themes` 4 dropped these (they were v2's). */
const V2_ONLY_THEMES = ['hack', 'rye', 'big', 'aspect', 'aspect43'];
/** `@mdx-deck/themes` 2 had these under their long names only. */
const V4_ONLY_THEMES = ['highlight', 'prism'];
/** The theme names of `@mdx-deck/themes` 4. */
export const THEME_NAMES_V4: readonly string[] = THEME_NAMES.filter((name) => !V2_ONLY_THEMES.includes(name));
/** The theme names of `@mdx-deck/themes` 2. */
export const THEME_NAMES_V2: readonly string[] = THEME_NAMES.filter((name) => !V4_ONLY_THEMES.includes(name));

/** mdx-deck/layouts and @mdx-deck/layouts (v2). */
export const LAYOUT_NAMES = ['Invert', 'Split', 'SplitRight', 'FullScreenCode', 'Horizontal'] as const;

/** `mdx-deck` v2–v4, `@mdx-deck/components` (v2) and `gatsby-theme-mdx-deck` (v3–v4). */
export const COMPONENT_NAMES = [
  ...LAYOUT_NAMES,
  'Notes',
  'Steps',
  'Appear',
  'Head',
  'Header',
  'Footer',
  'Image',
  'Code',
  'Color',
  'StepList',
  'Clock',
  'Timer',
  'Slide',
  'Zoom',
  'Embed',
  'useDeck',
  'useSteps',
  'useTheme',
  'withContext',
  'themes',
  'Layouts',
  'convertLegacyTheme',
  'MDXDeck',
  'MDXDeckState',
  'Provider',
  'splitSlides',
  'Ratio',
  'wrapPageElement',
] as const;

/** Every import path that meant mdx-deck, and which list names what it exported. */
export const MDX_DECK_MODULES: Record<string, 'components' | 'layouts' | 'themes'> = {
  'mdx-deck': 'components',
  '@mdx-deck/components': 'components',
  'gatsby-theme-mdx-deck': 'components',
  '@mdx-deck/gatsby-plugin': 'components',
  'mdx-deck/layouts': 'layouts',
  '@mdx-deck/layouts': 'layouts',
  'mdx-deck/themes': 'themes',
  '@mdx-deck/themes': 'themes',
};

/** The names each kind of module exports. */
export const NAMES_OF: Record<'components' | 'layouts' | 'themes', readonly string[]> = {
  components: COMPONENT_NAMES,
  layouts: LAYOUT_NAMES,
  themes: THEME_NAMES,
};
