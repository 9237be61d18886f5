import { clampPosition, type DeckShape, type Position } from './navigation.ts';

/** The views a deck can show; `?mode=` picks one. */
export const MODES = ['audience', 'presenter', 'overview', 'print', 'read', 'remote'] as const;
export type Mode = (typeof MODES)[number];

/** The numbers of `#/N` or `#/N/S` as written (garbage reads as slide 1, step 0), or `null` for an empty hash. */
export function readHash(hash: string): Position | null {
  const body = hash.replace(/^#\/?/, '').trim();
  if (body === '') return null;
  const [slidePart = '', stepPart = ''] = body.split('/');
  const slide = Number.parseInt(slidePart, 10);
  const step = Number.parseInt(stepPart, 10);
  return { slide: Number.isNaN(slide) ? 1 : slide, step: Number.isNaN(step) ? 0 : step };
}

/** Reads `#/N` or `#/N/S`; garbage clamps to a valid position, an empty hash gives `null`. */
export function parseHash(hash: string, shape: DeckShape): Position | null {
  const position = readHash(hash);
  return position && clampPosition(position, shape);
}

/** Writes a position as `#/N`, or `#/N/S` once a step is revealed. */
export function formatHash(position: Position): string {
  return position.step > 0 ? `#/${position.slide}/${position.step}` : `#/${position.slide}`;
}

/** Below this width, on a portrait screen, the deck opens in the reading view (the boot script uses it too). */
export const NARROW_SCREEN_WIDTH = 700;

/** The view named by `?mode=`, else reading view on narrow portrait screens and audience view elsewhere. */
export function parseMode(search: string, viewport: { width: number; height: number }): Mode {
  const requested = new URLSearchParams(search).get('mode');
  if (requested && (MODES as readonly string[]).includes(requested)) return requested as Mode;
  return viewport.width < NARROW_SCREEN_WIDTH && viewport.height > viewport.width ? 'read' : 'audience';
}

/** A flag such as `&steps=1` or `&notes=true` in the query string. */
export function queryFlag(search: string, name: string): boolean {
  const value = new URLSearchParams(search).get(name);
  return value !== null && value !== '0' && value !== 'false';
}

/** The same URL with `?mode=` set (the audience view drops the parameter), hash kept. */
export function modeUrl(href: string, mode: Mode): string {
  const url = new URL(href);
  if (mode === 'audience') url.searchParams.delete('mode');
  else url.searchParams.set('mode', mode);
  return url.toString();
}
