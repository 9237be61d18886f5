import { useEffect, useState } from 'react';
import { whenIdle } from '../../schedule/when-idle.ts';

const BATCH = 8;

/** Counts up to `total` in small batches while the browser is idle: renders every slide eventually, so find-in-page sees the whole talk. */
export function useIdleCount(total: number): number {
  const [count, setCount] = useState(0);
  useEffect(() => {
    if (count >= total) return;
    return whenIdle(() => setCount((done) => Math.min(total, done + BATCH)));
  }, [count, total]);
  return count;
}
