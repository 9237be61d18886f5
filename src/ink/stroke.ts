import { SLIDE_HEIGHT, SLIDE_WIDTH } from '../frame/slide-size.ts';

/**
 * The inks, one row each: four pens that keep at least 3.7:1 against both themes' slide backgrounds (#fbfaf7 and
 * #10141b), and a wide see-through highlighter. Strokes name their ink, never a raw colour.
 */
export const INKS = [
  { name: 'red', label: 'Red pen', color: '#e03b3b', width: 5, opacity: 1 },
  { name: 'blue', label: 'Blue pen', color: '#2b7bd8', width: 5, opacity: 1 },
  { name: 'green', label: 'Green pen', color: '#17935a', width: 5, opacity: 1 },
  { name: 'magenta', label: 'Magenta pen', color: '#c2409e', width: 5, opacity: 1 },
  { name: 'highlighter', label: 'Highlighter', color: '#ffd43b', width: 28, opacity: 0.45 },
] as const;

/** One of the inks' names. */
export type InkName = (typeof INKS)[number]['name'];

/** One stroke in slide pixels: `points` is x0, y0, x1, y1, … (0–1280, 0–720). */
export interface Stroke {
  id: string;
  ink: InkName;
  points: readonly number[];
}

/** A slide and step: strokes belong to the one they were drawn on. */
export interface Page {
  slide: number;
  step: number;
}

/** Bounds that keep every message and the session's storage small: a longer stroke is continued as a new one. */
export const LIMITS = { pointsPerStroke: 1000, strokesPerPage: 100, idLength: 40, slides: 100_000, steps: 10_000 } as const;

const INK_NAMES: ReadonlySet<string> = new Set(INKS.map((ink) => ink.name));

/** The ink's row in the table (the first pen for a name that is not one). */
export const inkOf = (name: InkName) => INKS.find((ink) => ink.name === name) ?? INKS[0];

const isInteger = (value: unknown, min: number, max: number): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;

const inRange = (value: unknown, max: number): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= max;

/** Whether a point lies on the slide (0–1280 × 0–720). */
export const onSlide = (x: unknown, y: unknown): boolean => inRange(x, SLIDE_WIDTH) && inRange(y, SLIDE_HEIGHT);

/** A page read from untrusted data (a message, storage), or null. */
export function parsePage(value: unknown): Page | null {
  const page = value as Partial<Page> | null;
  if (!page || !isInteger(page.slide, 1, LIMITS.slides) || !isInteger(page.step, 0, LIMITS.steps)) return null;
  return { slide: page.slide, step: page.step };
}

/** A stroke read from untrusted data, or null: a known ink, 1 to 1000 points, every one on the slide. */
export function parseStroke(value: unknown): Stroke | null {
  const stroke = value as Partial<Stroke> | null;
  if (!stroke || typeof stroke.id !== 'string' || stroke.id.length === 0 || stroke.id.length > LIMITS.idLength) return null;
  if (typeof stroke.ink !== 'string' || !INK_NAMES.has(stroke.ink)) return null;
  const points = stroke.points;
  if (!Array.isArray(points) || points.length < 2 || points.length % 2 !== 0 || points.length > 2 * LIMITS.pointsPerStroke) return null;
  for (let i = 0; i < points.length; i += 2) if (!onSlide(points[i], points[i + 1])) return null;
  return { id: stroke.id, ink: stroke.ink, points: [...(points as number[])] };
}

/** A page's strokes read from untrusted data (at most 100, each valid), or null. */
export function parseStrokes(value: unknown): Stroke[] | null {
  if (!Array.isArray(value) || value.length > LIMITS.strokesPerPage) return null;
  const strokes = value.map(parseStroke);
  return strokes.every((stroke) => stroke !== null) ? (strokes as Stroke[]) : null;
}
