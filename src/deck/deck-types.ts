import type { ComponentType } from 'react';
import type { Transition } from './slide-transition.ts';

/** A compiled MDX part: its default export renders the content. */
export interface ContentModule {
  default: ComponentType<{ components?: Record<string, unknown> }>;
}

/** One slide as the build describes it; content loads on demand. */
export interface SlideEntry {
  title: string;
  steps: number;
  /** The slide's archetype (`content`, `statement`, `divider`, `title`, `closing`, `diagram`…), for `data-layout`. */
  layout?: string;
  body: () => Promise<ContentModule>;
  notes: (() => Promise<ContentModule>) | null;
}

/** `export const meta` of a deck: shown in the title, link previews, reading view and presenter pacing. */
export interface DeckMeta {
  title?: string;
  author?: string;
  /** The speaker's role, shown under the name on the title slide (`<Speaker meta={meta} />`). */
  role?: string;
  /** The speaker's handle, e.g. `@rockyourdata`. */
  handle?: string;
  /** Where the deck is published: the closing slide's QR code. */
  url?: string;
  date?: string;
  event?: string;
  description?: string;
  /** Planned talk length in minutes (presenter pacing). */
  duration?: number;
  /** Where the exported PDF is published (linked from the reading view), e.g. `slides.pdf`. */
  pdf?: string;
  /** How the audience view changes slides (default `none`; reduced motion always means none). */
  transition?: Transition;
}

/** `export const theme` of a deck, mdx-deck style. */
export interface DeckTheme {
  colors?: { text?: string; background?: string; primary?: string; [name: string]: string | undefined };
  fonts?: { body?: string; heading?: string; monospace?: string };
  [key: string]: unknown;
}

/** Everything the runtime knows about a deck. */
export interface Deck {
  id: string;
  meta: DeckMeta;
  theme: DeckTheme;
  slides: readonly SlideEntry[];
  Chrome: ComponentType;
}
