import { describe, expect, it } from 'vitest';
import { STOPPED, elapsed, parseStopwatch, pause, start } from './stopwatch.ts';

describe('stopwatch', () => {
  it('counts only while running and keeps time across pauses', () => {
    let watch = start(STOPPED, 1_000);
    expect(elapsed(watch, 4_000)).toBe(3_000);
    watch = pause(watch, 4_000);
    expect(elapsed(watch, 60_000)).toBe(3_000);
    watch = start(watch, 10_000);
    expect(elapsed(watch, 12_000)).toBe(5_000);
  });

  it('ignores a second start or pause', () => {
    const running = start(STOPPED, 1_000);
    expect(start(running, 5_000)).toBe(running);
    expect(pause(STOPPED, 5_000)).toBe(STOPPED);
  });

  it('reads what it stored, and treats garbage as stopped', () => {
    const watch = pause(start(STOPPED, 0), 1_500);
    expect(parseStopwatch(JSON.stringify(watch))).toEqual(watch);
    expect(parseStopwatch('{oops')).toEqual(STOPPED);
    expect(parseStopwatch(null)).toEqual(STOPPED);
    expect(parseStopwatch('{"banked":-4,"startedAt":"x"}')).toEqual(STOPPED);
  });
});
