import { renderToString } from 'react-dom/server';
import { App } from '../app.tsx';
import { deck } from '../deck/load-deck.ts';
import { preload } from '../deck/use-module.ts';

/** Slides mounted when the deck opens at slide 1: it and its neighbour (see the audience view's window). */
export const FIRST_MOUNTED = 2;

/** Server-renders the audience view at slide 1, so the title paints from HTML before any script runs. */
export async function renderFirstSlide(): Promise<string> {
  await Promise.all(deck.slides.slice(0, FIRST_MOUNTED).map((slide) => preload(slide.body)));
  return renderToString(<App deck={deck} mode="audience" />);
}
