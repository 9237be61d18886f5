import { startTransition, useEffect, useState } from 'react';
import { onceReady } from './ready.ts';
import { afterPaint } from './after-frame.ts';

/**
 * False until the deck has first been ready (what is on screen loaded and painted) and the browser is idle after
 * that, then true for good. Work for what is not on screen yet (mounting and loading the neighbouring slides)
 * waits for it, so opening the deck loads and lays out slide 1 alone.
 */
export function useWarm(): boolean {
  // Starts false even after the first ready (a remount catches up after one frame): hydration renders over several
  // frames, and the deck may become ready before it reaches this component; the prerender had no neighbours.
  const [warm, setWarm] = useState(false);
  useEffect(() => {
    let cancel = () => {};
    const stop = onceReady(() => (cancel = afterPaint(() => startTransition(() => setWarm(true)))));
    return () => {
      stop();
      cancel();
    };
  }, []);
  return warm;
}
