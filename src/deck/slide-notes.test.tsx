// @vitest-environment jsdom
import { act, cleanup, render } from '@testing-library/react';
import { useContext, type ComponentType } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentModule, Deck } from './deck-types.ts';
import { SlideNotes } from './slide-notes.tsx';
import { withFakeFrames } from '../schedule/fake-frames.ts';
import { NotesContext } from '../mdx/notes-context.ts';

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

  const show = async (deck: Deck, slide: number) => {
    const view = render(<SlideNotes deck={deck} slide={slide} />);
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    return view;
  };

  it('renders the notes part where Notes elements show', async () => {
    const { container } = await show(deckWith([module(Shown)]), 1);
    expect(container.textContent).toBe('notes shown');
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
