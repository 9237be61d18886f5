/**
 * What `import { … } from 'mdx-deck'` (and `@mdx-deck/components`, `gatsby-theme-mdx-deck`) resolves to, so decks
 * written for mdx-deck 2–4 build unmodified. Every name those packages exported is here (see export-names.ts).
 */
import * as themes from './mdx-deck/themes-v4.ts';
import * as Layouts from './mdx-deck/layouts.ts';
import { components } from './components.ts';

export { Notes } from './builtins/notes.tsx';
export { Steps, Appear } from './builtins/steps.tsx';
export { Layout, Split, SplitRight, Horizontal, Invert, FullScreenCode } from './builtins/layouts.tsx';
export { Image } from './builtins/image.tsx';
export { Head, Header, Footer } from './builtins/chrome.tsx';
/** The fenced code block, loaded with the first slide that shows one (as MDX's own `pre`). */
export const Code = components.pre;
export {
  Color,
  StepList,
  Clock,
  Timer,
  Slide,
  Zoom,
  Embed,
  Ratio,
  withContext,
  convertLegacyTheme,
  MDXDeck,
  MDXDeckState,
  Provider,
  splitSlides,
  wrapPageElement,
} from './mdx-deck/extras.tsx';
export { useDeck, useSteps, useTheme } from './mdx-deck/deck-hooks.ts';
export { themes, Layouts };
