import { useCallback, useState } from 'react';
import { parseStopwatch, type Stopwatch } from './stopwatch.ts';

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
