import type { Deck } from './deck-types.ts';
import { SlideContent } from './slide-content.tsx';
import { SlideErrorBoundary } from '../frame/slide-error-boundary.tsx';
import { NotesContext } from '../mdx/notes-context.ts';

/**
 * A slide's speaker notes, as the presenter, print and reading views show them; nothing when it has none. A
 * component that throws in them shows an error card in their place only (and a new slide starts afresh).
 */
export function SlideNotes({ deck, slide }: { deck: Deck; slide: number }) {
  const notes = deck.slides[slide - 1]?.notes;
  if (!notes) return null;
  return (
    <SlideErrorBoundary key={slide} slide={slide}>
      <NotesContext.Provider value={true}>
        <SlideContent load={notes} what="the notes" />
      </NotesContext.Provider>
    </SlideErrorBoundary>
  );
}
