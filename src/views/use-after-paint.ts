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
 * Runs `callback` in a task after the next frame (a frame callback, then a timer), or in a timer in a hidden tab:
 * for work that talks to the browser process (history, other windows) and must not hold up the frame a key press
 * is waiting for, yet should not wait for idle time either. Returns a function that cancels it.
 */
export function afterFrame(callback: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  if (document.visibilityState === 'hidden') {
    timer = setTimeout(callback);
    return () => clearTimeout(timer);
  }
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(callback);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
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
