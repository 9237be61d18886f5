import type { Deck } from './deck-types.ts';
import { SlideContent } from './slide-content.tsx';
import { SlideErrorBoundary } from '../frame/slide-error-boundary.tsx';
import { NotesContext, type NotesReader } from '../mdx/notes-context.ts';

/**
 * A slide's speaker notes, as the presenter, print and reading views show them; nothing when it has none. `reader`
 * 'speaker' adds the SpeakerOnly remarks (public by default, so nothing leaks by omission). A component that throws in
 * them shows an error card in their place only (and a new slide starts afresh).
 */
export function SlideNotes({ deck, slide, reader = 'public' }: { deck: Deck; slide: number; reader?: NotesReader }) {
  const notes = deck.slides[slide - 1]?.notes;
  if (!notes) return null;
  return (
    <SlideErrorBoundary key={slide} slide={slide}>
      <NotesContext.Provider value={reader}>
        <SlideContent load={notes} what="the notes" />
      </NotesContext.Provider>
    </SlideErrorBoundary>
  );
}
