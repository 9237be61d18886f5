import { describe, expect, it } from 'vitest';
import { INK_TOPIC, parseInkBody, type InkBody } from './ink-messages.ts';
import { accept, createSync, outgoing } from './messages.ts';
import { LIMITS } from '../ink/stroke.ts';

const page = { slide: 3, step: 1 };
const stroke = (points: number[], ink = 'red') => ({ id: 's1', ink, points });
const points = (count: number) => Array.from({ length: 2 * count }, () => 5);

describe('ink messages', () => {
  it('reads each kind back as sent', () => {
    const bodies: InkBody[] = [
      { kind: 'reset' },
      { kind: 'clear', slide: 4 },
      { kind: 'pointer', page, at: { x: 1280, y: 0 } },
      { kind: 'pointer', page, at: null },
      { kind: 'stroke', page, stroke: { id: 's1', ink: 'highlighter', points: [1, 2, 3.5, 4] } },
      { kind: 'page', page, strokes: [] },
    ];
    for (const body of bodies) expect(parseInkBody(structuredClone(body))).toEqual(body);
  });

  it('drops a pointer off the slide, or with numbers that are not numbers', () => {
    for (const at of [
      { x: -1, y: 10 },
      { x: 1281, y: 10 },
      { x: 10, y: 721 },
      { x: Number.NaN, y: 1 },
      { x: Number.POSITIVE_INFINITY, y: 1 },
      { x: '10', y: 10 },
      {},
    ]) {
      expect(parseInkBody({ kind: 'pointer', page, at })).toBeNull();
    }
  });

  it('drops pages out of range: slide from 1, whole numbers, bounded', () => {
    for (const bad of [
      { slide: 0, step: 0 },
      { slide: 1.5, step: 0 },
      { slide: 2, step: -1 },
      { slide: LIMITS.slides + 1, step: 0 },
      { slide: '2', step: 0 },
      null,
    ]) {
      expect(parseInkBody({ kind: 'pointer', page: bad, at: null })).toBeNull();
    }
    expect(parseInkBody({ kind: 'clear', slide: 0 })).toBeNull();
    expect(parseInkBody({ kind: 'clear', slide: 2.5 })).toBeNull();
  });

  it('drops strokes that are too long, odd, off the slide or of an unknown ink', () => {
    const bad = [
      stroke([]),
      stroke([1, 2, 3]),
      stroke([1, 2, 2000, 3]),
      stroke([1, 2], 'url(javascript:1)'),
      stroke(points(LIMITS.pointsPerStroke + 1)),
      { ...stroke([1, 2]), id: 'x'.repeat(LIMITS.idLength + 1) },
      { ...stroke([1, 2]), id: '' },
      { ...stroke([1, 2]), points: 'M0 0' },
    ];
    for (const value of bad) expect(parseInkBody({ kind: 'stroke', page, stroke: value })).toBeNull();
    expect(parseInkBody({ kind: 'stroke', page, stroke: stroke(points(LIMITS.pointsPerStroke)) })).not.toBeNull();
  });

  it('drops a page of too many strokes, or with one bad stroke', () => {
    const many = Array.from({ length: LIMITS.strokesPerPage + 1 }, (_, i) => ({ ...stroke([1, 1]), id: `s${i}` }));
    expect(parseInkBody({ kind: 'page', page, strokes: many })).toBeNull();
    expect(parseInkBody({ kind: 'page', page, strokes: many.slice(1) })).not.toBeNull();
    expect(parseInkBody({ kind: 'page', page, strokes: [stroke([1, 1]), stroke([1])] })).toBeNull();
  });

  it('drops junk and unknown kinds', () => {
    for (const junk of [null, 'ink', 42, [], { kind: 'draw', page }, { kind: 'stroke', page }, { kind: 'page', page }]) expect(parseInkBody(junk)).toBeNull();
  });

  it('reaches a following window from a presenter only, never a presenter from a follower', () => {
    const body: InkBody = { kind: 'pointer', page, at: { x: 1, y: 1 } };
    const [, fromPresenter] = outgoing(createSync('p', 'presenter'), { type: 'topic', topic: INK_TOPIC, data: body });
    const [, fromAudience] = outgoing(createSync('b', 'audience'), { type: 'topic', topic: INK_TOPIC, data: body });
    expect(accept(createSync('a', 'audience'), fromPresenter).topic).toEqual({ topic: INK_TOPIC, data: body });
    expect(accept(createSync('a', 'audience'), fromAudience).topic).toBeNull();
    expect(accept(createSync('q', 'presenter'), fromAudience).topic).toBeNull();
  });
});
