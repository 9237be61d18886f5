/** Default talk length when `meta.duration` is missing. */
export const DEFAULT_DURATION_MINUTES = 30;

/** How the speaker is doing against the plan. */
export interface Pace {
  status: 'ahead' | 'behind' | 'on-time';
  /** Positive when ahead of plan, negative when behind; 0 within the current slide's planned window. */
  deltaMs: number;
  /** Time left of the planned length; negative once over time. */
  remainingMs: number;
  /** When the plan reaches the current slide and when it leaves it. */
  window: { startMs: number; endMs: number };
}

interface PaceInput {
  elapsedMs: number;
  durationMinutes?: number;
  /** 1-based current slide. */
  slide: number;
  slides: number;
  /** Slack around the plan that still counts as on time. */
  toleranceMs?: number;
}

/**
 * The plan spends equal time on every slide: slide N of M is on screen from (N-1)/M to N/M of the talk.
 * Arriving before its window starts is ahead; still being here after it ends is behind.
 */
export function pace({ elapsedMs, durationMinutes = DEFAULT_DURATION_MINUTES, slide, slides, toleranceMs = 30_000 }: PaceInput): Pace {
  const durationMs = Math.max(0, durationMinutes) * 60_000;
  const count = Math.max(1, slides);
  const current = Math.min(Math.max(1, slide), count);
  const window = { startMs: ((current - 1) / count) * durationMs, endMs: (current / count) * durationMs };
  const deltaMs = elapsedMs < window.startMs ? window.startMs - elapsedMs : elapsedMs > window.endMs ? window.endMs - elapsedMs : 0;
  const status = deltaMs > toleranceMs ? 'ahead' : deltaMs < -toleranceMs ? 'behind' : 'on-time';
  return { status, deltaMs, remainingMs: durationMs - elapsedMs, window };
}

/** `m:ss`, or `h:mm:ss` from an hour on; the sign is dropped (callers say ahead/behind/over). */
export function formatDuration(ms: number): string {
  const total = Math.floor(Math.abs(ms) / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

/** The pacing line the presenter reads: "2:10 ahead", "on time", "1:05 behind". */
export function describePace(result: Pace): string {
  if (result.status === 'on-time') return 'on time';
  return `${formatDuration(result.deltaMs)} ${result.status}`;
}
