import { describe, expect, it } from 'vitest';
import { clearSlide, pageKey, pagesOf, putStroke, strokesOn, undoLast, type Drawings } from './drawings.ts';
import { LIMITS, type Stroke } from './stroke.ts';

const line = (id: string): Stroke => ({ id, ink: 'blue', points: [0, 0, 10, 10] });
const on = (slide: number, step = 0) => ({ slide, step });

describe('drawings', () => {
  it('keeps strokes by slide and step, oldest first', () => {
    let drawings: Drawings = {};
    drawings = putStroke(drawings, on(2, 1), line('a'));
    drawings = putStroke(drawings, on(2, 1), line('b'));
    drawings = putStroke(drawings, on(2, 0), line('c'));
    expect(strokesOn(drawings, on(2, 1)).map((stroke) => stroke.id)).toEqual(['a', 'b']);
    expect(strokesOn(drawings, on(2, 0)).map((stroke) => stroke.id)).toEqual(['c']);
    expect(strokesOn(drawings, on(3))).toEqual([]);
    expect(pageKey(on(2, 1))).toBe('2/1');
  });

  it('grows a stroke in place while it is drawn', () => {
    let drawings = putStroke({}, on(1), line('a'));
    drawings = putStroke(drawings, on(1), line('b'));
    drawings = putStroke(drawings, on(1), { ...line('a'), points: [0, 0, 5, 5, 9, 9] });
    expect(strokesOn(drawings, on(1)).map((stroke) => [stroke.id, stroke.points.length])).toEqual([
      ['a', 6],
      ['b', 4],
    ]);
  });

  it('undoes the last stroke of the page only, and forgets empty pages', () => {
    let drawings = putStroke(putStroke({}, on(1), line('a')), on(1, 1), line('b'));
    drawings = undoLast(drawings, on(1, 1));
    expect(strokesOn(drawings, on(1)).map((stroke) => stroke.id)).toEqual(['a']);
    expect(Object.keys(drawings)).toEqual(['1/0']);
    expect(undoLast(drawings, on(9))).toEqual(drawings);
  });

  it('clears every step of one slide and nothing else (slide 1 is not slide 11)', () => {
    let drawings: Drawings = {};
    for (const page of [on(1), on(1, 2), on(11), on(2)]) drawings = putStroke(drawings, page, line(pageKey(page)));
    expect(pagesOf(clearSlide(drawings, 1)).map(({ page }) => pageKey(page))).toEqual(['11/0', '2/0']);
  });

  it('keeps at most a page’s worth of strokes, dropping the oldest', () => {
    let drawings: Drawings = {};
    for (let i = 0; i <= LIMITS.strokesPerPage; i++) drawings = putStroke(drawings, on(1), line(`s${i}`));
    const strokes = strokesOn(drawings, on(1));
    expect(strokes).toHaveLength(LIMITS.strokesPerPage);
    expect(strokes[0]!.id).toBe('s1');
  });
});
