import { LIMITS, onSlide, parsePage, parseStroke, parseStrokes, type Page, type Stroke } from '../ink/stroke.ts';

/** What a presenter tells the windows following it about the pen and the pointer. */
export type InkBody =
  /** The laser pointer at a point of the page, in slide pixels; `at: null` hides it. */
  | { kind: 'pointer'; page: Page; at: { x: number; y: number } | null }
  /** A stroke added, or grown while it is being drawn (same id). */
  | { kind: 'stroke'; page: Page; stroke: Stroke }
  /** The page's strokes as they now are (after an undo, and in answer to a hello). */
  | { kind: 'page'; page: Page; strokes: Stroke[] }
  /** Every step of the slide cleared. */
  | { kind: 'clear'; slide: number }
  /** Starts the answer to a window that joins: drop every stroke, the pages that have some follow. */
  | { kind: 'reset' };

export { INK_TOPIC } from './ink-topic.ts';

/** An ink message read from the channel (anything else, or out of bounds, is null). */
export function parseInkBody(value: unknown): InkBody | null {
  const body = value as Record<string, unknown> | null;
  if (!body || typeof body !== 'object') return null;
  if (body.kind === 'reset') return { kind: 'reset' };
  if (body.kind === 'clear')
    return Number.isInteger(body.slide) && (body.slide as number) >= 1 && (body.slide as number) <= LIMITS.slides
      ? { kind: 'clear', slide: body.slide as number }
      : null;
  const page = parsePage(body.page);
  if (!page) return null;
  if (body.kind === 'pointer') {
    if (body.at === null) return { kind: 'pointer', page, at: null };
    const at = body.at as { x?: unknown; y?: unknown } | undefined;
    return at && onSlide(at.x, at.y) ? { kind: 'pointer', page, at: { x: at.x as number, y: at.y as number } } : null;
  }
  if (body.kind === 'stroke') {
    const stroke = parseStroke(body.stroke);
    return stroke ? { kind: 'stroke', page, stroke } : null;
  }
  if (body.kind === 'page') {
    const strokes = parseStrokes(body.strokes);
    return strokes ? { kind: 'page', page, strokes } : null;
  }
  return null;
}
