import { startTransition, useEffect, useState } from 'react';
import { onceReady } from './ready.ts';

/**
 * False until the deck has first been ready (what is on screen loaded and painted), then true for good. Work for
 * what is not on screen yet (mounting and loading the neighbouring slides) waits for it, so opening the deck
 * loads and lays out slide 1 alone.
 */
export function useWarm(): boolean {
  // Starts false even after the first ready (the effect catches up at once): hydration renders over several frames,
  // and the deck may become ready before it reaches this component; the prerender had no neighbours mounted.
  const [warm, setWarm] = useState(false);
  useEffect(() => onceReady(() => startTransition(() => setWarm(true))), []);
  return warm;
}
