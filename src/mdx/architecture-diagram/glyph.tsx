import type { Glyph } from './diagram-types.ts';

/** Each glyph as strokes on a 32×32 grid, drawn in the diagram's accent (no icon font, no image). */
const PATHS: Record<Glyph, string> = {
  file: 'M8 3h11l7 7v19H8z M19 3v7h7 M12 17h10 M12 22h10',
  stream: 'M3 10c5-4 9 4 14 0s8-4 12 0 M3 18c5-4 9 4 14 0s8-4 12 0 M3 26c5-4 9 4 14 0s8-4 12 0',
  database: 'M6 7c0-5 20-5 20 0v18c0 5-20 5-20 0z M6 7c0 5 20 5 20 0 M6 16c0 5 20 5 20 0',
  model: 'M16 4v6 M16 22v6 M4 16h6 M22 16h6 M8 8l4 4 M20 20l4 4 M24 8l-4 4 M12 20l-4 4 M16 11a5 5 0 1 1 0 10a5 5 0 1 1 0-10',
  dashboard: 'M3 5h26v22H3z M8 22v-5 M13 22v-9 M18 22v-7 M23 22v-12',
};

/** A layer's small picture: a file, a stream, a database, a model or a dashboard. */
export function DiagramGlyph({ glyph }: { glyph: Glyph }) {
  return (
    <svg className="arch-glyph" viewBox="0 0 32 32" aria-hidden="true" data-glyph={glyph}>
      <path d={PATHS[glyph]} />
    </svg>
  );
}
