import type { DeckOutline } from '../mdx/remark-slides.ts';
import { deckParts, partText, type Parsed } from './deck-source.ts';

/** Everything but the slides' bodies, notes and titles: when any of it changes, only a reload shows the deck right. */
function shape(outline: DeckOutline): string {
  return JSON.stringify({
    slides: outline.slides.map((slide) => [slide.steps, slide.notes.length > 0]),
    exports: outline.exports,
    meta: outline.meta,
    unknown: outline.unknownComponents.map(({ name }) => name),
    scripts: outline.scripts.length,
  });
}

/**
 * The slide and notes parts whose text differs between two versions of a deck, or `null` when the save changed
 * more than those (slide count, steps, notes added or removed, ESM, Header/Footer, warnings): then the page reloads.
 */
export function changedSlideParts(before: Parsed, after: Parsed, deckFile: string): string[] | null {
  if (shape(before.outline) !== shape(after.outline)) return null;
  const changed = deckParts(after.outline).filter((part) => partText(before, part, deckFile).text !== partText(after, part, deckFile).text);
  return changed.every((part) => /^(slide|notes)-\d+$/.test(part)) ? changed : null;
}
