import { startTransition, useCallback, useRef, useState } from 'react';
import { modeUrl, type Mode } from '../navigation/location.ts';
import { loadView } from './view-table.ts';

/** The view shown, the way to ask for another, and the view asked for whose chunk failed to load, if any. */
export interface ModeSwitch {
  mode: Mode;
  setMode: (next: Mode) => void;
  /** Asked for, but its chunk failed to load: `ViewRetry` shows a notice and retries it. */
  retrying: Mode | null;
  /** `ViewRetry`'s report that the chunk has loaded after all: switch to it, if it is still the one asked for. */
  retried: (next: Mode) => void;
}

/**
 * Switching views. The current view stays up while the next one's chunk loads, so `data-mode` flips when it is
 * there; of quick successive switches, the last one asked for wins. A chunk that fails to load (offline) leaves the
 * current view up, under a notice, while it is tried again.
 */
export function useModeSwitch(initialMode: Mode): ModeSwitch {
  const [mode, setModeState] = useState(initialMode);
  const asked = useRef(initialMode);
  const [retrying, setRetrying] = useState<Mode | null>(null);
  const show = useCallback((next: Mode) => {
    if (asked.current === next) startTransition(() => setModeState(next));
  }, []);
  const setMode = useCallback(
    (next: Mode) => {
      asked.current = next;
      setRetrying((pending) => (pending === next ? pending : null));
      history.replaceState(null, '', modeUrl(location.href, next));
      loadView(next).then(
        () => show(next),
        () => asked.current === next && setRetrying(next),
      );
    },
    [show],
  );
  const retried = useCallback(
    (next: Mode) => {
      setRetrying(null);
      show(next);
    },
    [show],
  );
  return { mode, setMode, retrying, retried };
}
