import { keepFocus } from '../keep-focus.ts';
import { DEFAULT_DURATION_MINUTES, describePace, formatDuration, pace } from './pacing.ts';
import { STOPPED, elapsed, pause, start } from './stopwatch.ts';
import { useNow } from './use-now.ts';
import type { Stopwatch } from './stopwatch.ts';

interface PresenterClockProps {
  /** The talk timer (use-stopwatch.ts), owned by the presenter view, which also tells the phones. */
  watch: Stopwatch;
  setWatch: (change: (watch: Stopwatch) => Stopwatch) => void;
  /** Planned length in minutes (`meta.duration`). */
  duration?: number;
  slide: number;
  slides: number;
}

/** Elapsed timer with start/pause/reset, pacing against the planned length, and the wall clock; ticks on its own. */
export function PresenterClock({ watch, setWatch, duration = DEFAULT_DURATION_MINUTES, slide, slides }: PresenterClockProps) {
  const now = useNow();
  const time = elapsed(watch, now);
  const running = watch.startedAt !== null;
  const result = pace({ elapsedMs: time, durationMinutes: duration, slide, slides });
  const started = running || time > 0;
  const toggle = () => setWatch((current) => (running ? pause(current, Date.now()) : start(current, Date.now())));
  const toggleLabel = running ? 'Pause' : time > 0 ? 'Resume' : 'Start';

  return (
    <div className="presenter-clock">
      <div className="timer" role="group" aria-label="Talk timer">
        <span className="timer-elapsed" role="timer" aria-label="Elapsed time" data-running={running}>
          {formatDuration(time)}
        </span>
        <button type="button" className="timer-button" aria-label={`${toggleLabel} timer`} onMouseDown={keepFocus} onClick={toggle}>
          {toggleLabel}
        </button>
        <button
          type="button"
          className="timer-button"
          aria-label="Reset timer"
          onMouseDown={keepFocus}
          onClick={() => setWatch(() => STOPPED)}
          disabled={!started}
        >
          Reset
        </button>
      </div>
      <p className="pacing" data-pace={started ? result.status : 'idle'}>
        <span className="pacing-status">{started ? describePace(result) : 'timer not started'}</span>
        <span className="pacing-plan">
          {result.remainingMs >= 0 ? `${formatDuration(result.remainingMs)} left` : `${formatDuration(result.remainingMs)} over`} of {duration} min
        </span>
      </p>
      <time className="wall-clock" dateTime={new Date(now).toISOString()} aria-label="Time of day">
        {new Date(now).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}
      </time>
    </div>
  );
}
