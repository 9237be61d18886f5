import { useEffect, useState } from 'react';

const BATCH = 8;

/** Counts up to `total` in small batches while the browser is idle: renders every slide eventually, so find-in-page sees the whole talk. */
export function useIdleCount(total: number): number {
  const [count, setCount] = useState(0);
  useEffect(() => {
    if (count >= total) return;
    const idle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 50));
    const cancel = window.cancelIdleCallback ?? window.clearTimeout;
    const handle = idle(() => setCount((done) => Math.min(total, done + BATCH)));
    return () => cancel(handle);
  }, [count, total]);
  return count;
}
