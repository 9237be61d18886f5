/** The talk timer as data: running since `startedAt` (epoch ms) on top of `banked` ms from earlier runs. */
export interface Stopwatch {
  startedAt: number | null;
  banked: number;
}

/** A stopped timer at zero. */
export const STOPPED: Stopwatch = { startedAt: null, banked: 0 };

/** Milliseconds on the clock at `now`. */
export function elapsed(watch: Stopwatch, now: number): number {
  return watch.banked + (watch.startedAt === null ? 0 : Math.max(0, now - watch.startedAt));
}

/** Starts the timer (no-op when running). */
export function start(watch: Stopwatch, now: number): Stopwatch {
  return watch.startedAt === null ? { startedAt: now, banked: watch.banked } : watch;
}

/** Pauses the timer, keeping the time so far (no-op when paused). */
export function pause(watch: Stopwatch, now: number): Stopwatch {
  return watch.startedAt === null ? watch : { startedAt: null, banked: elapsed(watch, now) };
}

/** Reads a stored stopwatch; anything malformed is a stopped timer. */
export function parseStopwatch(text: string | null): Stopwatch {
  try {
    const value = JSON.parse(text ?? 'null') as Partial<Stopwatch> | null;
    const startedAt = typeof value?.startedAt === 'number' ? value.startedAt : null;
    const banked = typeof value?.banked === 'number' && value.banked >= 0 ? value.banked : 0;
    return { startedAt, banked };
  } catch {
    return STOPPED;
  }
}
