import { LIMITS, type Page, type Stroke } from './stroke.ts';

/** Every stroke of the session, by page (`"slide/step"`), oldest first. */
export type Drawings = Readonly<Record<string, readonly Stroke[]>>;

/** The key of a page in `Drawings`. */
export const pageKey = (page: Page): string => `${page.slide}/${page.step}`;

const NONE: readonly Stroke[] = [];

/** The strokes drawn on one page. */
export const strokesOn = (drawings: Drawings, page: Page): readonly Stroke[] => drawings[pageKey(page)] ?? NONE;

/** The page's strokes replaced (removed when there are none). */
export function replacePage(drawings: Drawings, page: Page, strokes: readonly Stroke[]): Drawings {
  const key = pageKey(page);
  const { [key]: _old, ...rest } = drawings;
  return strokes.length > 0 ? { ...rest, [key]: strokes } : rest;
}

/** Adds a stroke, or updates the one with its id (a stroke still being drawn); a full page drops its oldest. */
export function putStroke(drawings: Drawings, page: Page, stroke: Stroke): Drawings {
  const strokes = strokesOn(drawings, page);
  const at = strokes.findIndex((old) => old.id === stroke.id);
  if (at >= 0)
    return replacePage(
      drawings,
      page,
      strokes.map((old, index) => (index === at ? stroke : old)),
    );
  return replacePage(drawings, page, [...strokes, stroke].slice(-LIMITS.strokesPerPage));
}

/** The page without its last stroke. */
export const undoLast = (drawings: Drawings, page: Page): Drawings => replacePage(drawings, page, strokesOn(drawings, page).slice(0, -1));

/** The slide without any strokes, on every one of its steps. */
export function clearSlide(drawings: Drawings, slide: number): Drawings {
  return Object.fromEntries(Object.entries(drawings).filter(([key]) => !key.startsWith(`${slide}/`)));
}

/** Every page that has strokes, with them. */
export function pagesOf(drawings: Drawings): { page: Page; strokes: readonly Stroke[] }[] {
  return Object.entries(drawings).map(([key, strokes]) => {
    const [slide, step] = key.split('/').map(Number);
    return { page: { slide: slide!, step: step! }, strokes };
  });
}
