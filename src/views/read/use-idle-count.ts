import { startTransition, useEffect, useState } from 'react';
import { whenIdle } from '../../schedule/when-idle.ts';

/**
 * Counts up to `total`, one slide per idle callback, as a transition: renders every slide eventually, so find-in-page
 * sees the whole talk, without a long task on a phone (React yields every few milliseconds while it renders a
 * transition; batches of eight were one task of 100–250 ms each at Lighthouse's 4× CPU slowdown).
 */
export function useIdleCount(total: number): number {
  const [count, setCount] = useState(0);
  useEffect(() => {
    if (count >= total) return;
    return whenIdle(() => startTransition(() => setCount((done) => Math.min(total, done + 1))));
  }, [count, total]);
  return count;
}
