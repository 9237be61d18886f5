import { describe, expect, it } from 'vitest';
import { describePace, formatDuration, pace } from './pacing.ts';

const minutes = (n: number) => n * 60_000;

describe('pace', () => {
  it('gives every slide an equal share of the planned length', () => {
    expect(pace({ elapsedMs: 0, durationMinutes: 30, slide: 4, slides: 10 }).window).toEqual({ startMs: minutes(9), endMs: minutes(12) });
  });

  it('is on time anywhere inside the current slide’s window', () => {
    for (const elapsed of [9, 10.5, 12]) {
      expect(pace({ elapsedMs: minutes(elapsed), durationMinutes: 30, slide: 4, slides: 10 })).toMatchObject({ status: 'on-time', deltaMs: 0 });
    }
  });

  it('is ahead when the slide is reached before its window', () => {
    const result = pace({ elapsedMs: minutes(5), durationMinutes: 30, slide: 4, slides: 10 });
    expect(result).toMatchObject({ status: 'ahead', deltaMs: minutes(4) });
    expect(describePace(result)).toBe('4:00 ahead');
  });

  it('is behind when still on a slide after its window', () => {
    const result = pace({ elapsedMs: minutes(5), durationMinutes: 30, slide: 1, slides: 10 });
    expect(result).toMatchObject({ status: 'behind', deltaMs: -minutes(2) });
    expect(describePace(result)).toBe('2:00 behind');
  });

  it('counts small slips as on time', () => {
    expect(pace({ elapsedMs: minutes(3) + 20_000, durationMinutes: 30, slide: 1, slides: 10 }).status).toBe('on-time');
    expect(pace({ elapsedMs: minutes(3) + 20_000, durationMinutes: 30, slide: 1, slides: 10, toleranceMs: 10_000 }).status).toBe('behind');
  });

  it('defaults to a 30-minute talk and reports time left or over', () => {
    expect(pace({ elapsedMs: minutes(10), slide: 1, slides: 1 }).remainingMs).toBe(minutes(20));
    expect(pace({ elapsedMs: minutes(35), durationMinutes: 30, slide: 1, slides: 1 }).remainingMs).toBe(-minutes(5));
  });

  it('clamps odd input instead of failing', () => {
    expect(pace({ elapsedMs: 0, durationMinutes: 10, slide: 99, slides: 0 }).window).toEqual({ startMs: 0, endMs: minutes(10) });
  });
});

describe('formatDuration', () => {
  it('writes m:ss and h:mm:ss', () => {
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(65_400)).toBe('1:05');
    expect(formatDuration(-65_400)).toBe('1:05');
    expect(formatDuration(3_725_000)).toBe('1:02:05');
  });
});
