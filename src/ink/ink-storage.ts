import { pagesOf, replacePage, type Drawings } from './drawings.ts';
import { parsePage, parseStrokes } from './stroke.ts';

import { storageKey } from './ink-context.ts';

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const sessionStore = (): Store | null => {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    // Storage disabled by the browser's settings: drawings then last as long as the page.
    return null;
  }
};

/** The strokes kept for the deck; whatever does not read as a page of valid strokes is left out. */
export function loadDrawings(deckId: string, store: Store | null = sessionStore()): Drawings {
  let saved: unknown;
  try {
    saved = JSON.parse(store?.getItem(storageKey(deckId)) ?? '[]');
  } catch {
    return {};
  }
  if (!Array.isArray(saved)) return {};
  let drawings: Drawings = {};
  for (const entry of saved as { page?: unknown; strokes?: unknown }[]) {
    const page = parsePage(entry?.page);
    const strokes = parseStrokes(entry?.strokes);
    if (page && strokes) drawings = replacePage(drawings, page, strokes);
  }
  return drawings;
}

/** Keeps the deck's strokes; a full storage keeps the last that fitted (the strokes still show until the reload). */
export function saveDrawings(deckId: string, drawings: Drawings, store: Store | null = sessionStore()): void {
  const pages = pagesOf(drawings);
  try {
    if (pages.length === 0) store?.removeItem(storageKey(deckId));
    else store?.setItem(storageKey(deckId), JSON.stringify(pages));
  } catch {
    // Quota exceeded or storage gone: nothing to do but keep drawing.
  }
}
