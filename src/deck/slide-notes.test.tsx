// @vitest-environment jsdom
import { act, cleanup, render } from '@testing-library/react';
import { useContext, type ComponentType } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentModule, Deck } from './deck-types.ts';
import { SlideNotes } from './slide-notes.tsx';
import { withFakeFrames } from '../schedule/fake-frames.ts';
import { NotesContext, type NotesReader } from '../mdx/notes-context.ts';
import { SpeakerOnly } from '../mdx/builtins/speaker-only.tsx';

const module =
  (Content: ComponentType): (() => Promise<ContentModule>) =>
  () =>
    Promise.resolve({ default: Content });

function deckWith(notes: ((() => Promise<ContentModule>) | null)[]): Deck {
  const slides = notes.map((load, index) => ({ title: `Slide ${index + 1}`, steps: 0, body: module(() => null), notes: load }));
  return { id: 'test', meta: {}, theme: {}, slides, Chrome: () => null };
}

function Shown() {
  return <p>{useContext(NotesContext) ? 'notes shown' : 'notes hidden'}</p>;
}

function WithRemark() {
  return (
    <p>
      Public words. <SpeakerOnly>A remark for the speaker.</SpeakerOnly>
    </p>
  );
}

function Throws(): never {
  throw new Error('boom in the notes');
}

describe('SlideNotes', () => {
  withFakeFrames();
  // React reports the error the boundary catches; the test expects it.
  beforeEach(() => void vi.spyOn(console, 'error').mockImplementation(() => {}));
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  const show = async (deck: Deck, slide: number, reader?: NotesReader) => {
    const view = render(<SlideNotes deck={deck} slide={slide} reader={reader} />);
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    return view;
  };

  it('renders the notes part where Notes elements show', async () => {
    const { container } = await show(deckWith([module(Shown)]), 1);
    expect(container.textContent).toBe('notes shown');
  });

  it('keeps SpeakerOnly remarks for the speaker: left out by default, shown with reader="speaker"', async () => {
    const deck = deckWith([module(WithRemark)]);
    expect((await show(deck, 1)).container.textContent).toBe('Public words. ');
    cleanup();
    expect((await show(deck, 1, 'speaker')).container.textContent).toBe('Public words. A remark for the speaker.');
  });

  it('renders nothing for a slide without notes', async () => {
    const { container } = await show(deckWith([null]), 1);
    expect(container.innerHTML).toBe('');
  });

  it('shows an error card for notes that throw, in their place only', async () => {
    const { container } = await show(deckWith([module(Shown), module(Throws)]), 2);
    expect(container.querySelector('[data-slide-error="2"]')?.textContent).toContain('boom in the notes');
  });
});
