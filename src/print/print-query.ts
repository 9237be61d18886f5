import { queryFlag } from '../navigation/location.ts';
import { parseRange } from './page-range.ts';
import { isHandoutSize, type HandoutSize, type PrintOptions } from './print-layout.ts';

/** What a caller asks the print view for; `range` as written (`3-10,12`), checked by the view against the deck. */
export interface PrintRequest {
  steps: boolean;
  notes: boolean;
  handout: HandoutSize | null;
  speakerNotes: boolean;
  range: string | null;
}

/** Reads the print view's options from `?mode=print&steps=1&notes=1&handout=4&speaker=1&range=3-10`; bad values fall back to printing everything. */
export function readPrintQuery(search: string, totalSlides: number): PrintOptions {
  const params = new URLSearchParams(search);
  const handout = Number(params.get('handout'));
  let slides: number[] | null = null;
  const range = params.get('range');
  if (range) {
    try {
      slides = parseRange(range, totalSlides);
    } catch (error) {
      console.warn(`print view: ignoring range: ${(error as Error).message}`);
    }
  }
  return {
    steps: queryFlag(search, 'steps'),
    notes: queryFlag(search, 'notes'),
    handout: isHandoutSize(handout) ? handout : null,
    speakerNotes: queryFlag(search, 'speaker'),
    slides,
  };
}

/** The query string (`?mode=print&…`) that opens the print view for a request; readPrintQuery reads it back. */
export function printQuery(options: PrintRequest): string {
  const params = new URLSearchParams({ mode: 'print' });
  if (options.steps) params.set('steps', '1');
  if (options.notes) params.set('notes', '1');
  if (options.handout) params.set('handout', String(options.handout));
  if (options.speakerNotes) params.set('speaker', '1');
  if (options.range) params.set('range', options.range);
  return `?${params.toString()}`;
}
