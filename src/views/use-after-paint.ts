import { startTransition, useEffect, useState } from 'react';

/** An idle callback where the browser has them (Safari does not), else a task; returns its cancel function. */
function whenIdle(callback: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(callback, { timeout: 200 });
    return () => cancelIdleCallback(id);
  }
  const timer = setTimeout(callback);
  return () => clearTimeout(timer);
}

/**
 * Runs `callback` once the browser has painted the next frame and has a moment to spare (a frame callback, then an
 * idle callback, at most 200 ms late), so it never delays the frame or what else is waiting for it; in a hidden tab,
 * where frames do not come, when idle. Returns a function that cancels it.
 */
export function afterPaint(callback: () => void): () => void {
  if (document.visibilityState === 'hidden') return whenIdle(callback);
  let cancelIdle = () => {};
  const frame = requestAnimationFrame(() => {
    cancelIdle = whenIdle(callback);
  });
  return () => {
    cancelAnimationFrame(frame);
    cancelIdle();
  };
}

/**
 * `value`, but changed only after the frame that follows its change has painted. The audience view mounts the
 * next neighbour with it: a key press paints the flipped slide first, and the new hidden slide's render and layout
 * come after, instead of in the same frame.
 */
export function useAfterPaint<T>(value: T): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (Object.is(settled, value)) return;
    return afterPaint(() => startTransition(() => setSettled(value)));
  }, [value, settled]);
  return settled;
}
