import { useCallback, useEffect, useState } from 'react';
import { parseStopwatch, type Stopwatch } from './stopwatch.ts';

/** The current time, refreshed every `intervalMs` (the presenter's clock and timer tick). */
export function useNow(intervalMs = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}

/** The talk timer of this deck, kept in sessionStorage so reloading the presenter window keeps counting. */
export function useStopwatch(deckId: string): [Stopwatch, (change: (watch: Stopwatch) => Stopwatch) => void] {
  const key = `deck-timer:${deckId}`;
  const [watch, setWatch] = useState(() => parseStopwatch(readStorage(key)));
  const update = useCallback(
    (change: (watch: Stopwatch) => Stopwatch) => {
      setWatch((previous) => {
        const next = change(previous);
        writeStorage(key, JSON.stringify(next));
        return next;
      });
    },
    [key],
  );
  return [watch, update];
}

function readStorage(key: string): string | null {
  try {
    return sessionStorage.getItem(key);
  } catch {
    return null;
  }
}

function writeStorage(key: string, value: string): void {
  try {
    sessionStorage.setItem(key, value);
  } catch {
    // Storage can be off (private mode, file://); the timer still runs, it just forgets on reload.
  }
}
