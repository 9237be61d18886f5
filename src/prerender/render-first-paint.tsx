import { renderToString } from 'react-dom/server';
import { App } from '../app/app.tsx';
import { viewLoader } from '../app/view-table.ts';
import { deck } from '../deck/load-deck.ts';
import { preload } from '../lazy/use-module.ts';
import { FIRST_MOUNTED } from '../views/audience/mounted-slides.ts';
import { modulesAtOnce } from '../views/read/eager-slides.ts';

/** What the page paints before any script: the projector's view, and the reading view phones open in, at slide 1. */
export interface FirstPaint {
  audience: string;
  read: string;
}

/** Server-renders the audience view and the reading view at slide 1, so the page paints from HTML before any script runs. */
export async function renderFirstPaint(): Promise<FirstPaint> {
  const modules = [...deck.slides.slice(0, FIRST_MOUNTED).map((slide) => slide.body), viewLoader('read')!, ...modulesAtOnce(deck, 1)];
  await Promise.all(modules.map((load) => preload(load)));
  return { audience: renderToString(<App deck={deck} mode="audience" />), read: renderToString(<App deck={deck} mode="read" />) };
}
