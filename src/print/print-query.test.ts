import { describe, expect, it } from 'vitest';
import type { PrintOptions } from './print-layout.ts';
import { printQuery, readPrintQuery } from './print-query.ts';

const plain: PrintOptions = { steps: false, notes: false, handout: null, speakerNotes: false, slides: null };

describe('print query', () => {
  it('round-trips options through the URL', () => {
    const query = printQuery({ steps: true, notes: true, handout: null, speakerNotes: true, range: '2-4,9' });
    expect(query).toBe('?mode=print&steps=1&notes=1&speaker=1&range=2-4%2C9');
    expect(readPrintQuery(query, 10)).toEqual({ steps: true, notes: true, handout: null, speakerNotes: true, slides: [2, 3, 4, 9] });
    expect(readPrintQuery(printQuery({ steps: false, notes: false, handout: 6, speakerNotes: false, range: null }), 10)).toEqual({ ...plain, handout: 6 });
  });
  it('ignores handout sizes other than 2, 3, 4, 6 and bad ranges', () => {
    expect(readPrintQuery('?mode=print&handout=5&range=9-1', 10)).toEqual(plain);
  });
});
