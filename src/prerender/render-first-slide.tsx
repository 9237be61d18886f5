import { renderToString } from 'react-dom/server';
import { App } from '../app/app.tsx';
import { deck } from '../deck/load-deck.ts';
import { preload } from '../lazy/use-module.ts';
import { FIRST_MOUNTED } from '../views/audience/mounted-slides.ts';

/** Server-renders the audience view at slide 1, so the title paints from HTML before any script runs. */
export async function renderFirstSlide(): Promise<string> {
  await Promise.all(deck.slides.slice(0, FIRST_MOUNTED).map((slide) => preload(slide.body)));
  return renderToString(<App deck={deck} mode="audience" />);
}
