import { startTransition, useEffect, useState } from 'react';

type Schedule = (callback: () => void) => () => void;

/** A task (a zero timer); returns its cancel function. */
const inTask: Schedule = (callback) => {
  const timer = setTimeout(callback);
  return () => clearTimeout(timer);
};

/** An idle callback where the browser has them (Safari does not), else a task; returns its cancel function. */
const whenIdle: Schedule = (callback) => {
  if (typeof requestIdleCallback !== 'function') return inTask(callback);
  const id = requestIdleCallback(callback, { timeout: 200 });
  return () => cancelIdleCallback(id);
};

/** `then(callback)` from the next frame callback, or at once in a hidden tab, where frames do not come. */
function afterNextFrame(then: Schedule, callback: () => void): () => void {
  if (document.visibilityState === 'hidden') return then(callback);
  let cancelThen = () => {};
  const frame = requestAnimationFrame(() => {
    cancelThen = then(callback);
  });
  return () => {
    cancelAnimationFrame(frame);
    cancelThen();
  };
}

/**
 * Runs `callback` in a task after the next frame (a frame callback, then a timer): for work that must not hold up
 * the frame a key press is waiting for, yet should not wait for idle time either (the message to the deck's other
 * windows, the live region, the ready check). Returns a function that cancels it.
 */
export const afterFrame = (callback: () => void): (() => void) => afterNextFrame(inTask, callback);

/**
 * Runs `callback` once the browser has painted the next frame and has a moment to spare (a frame callback, then an
 * idle callback, at most 200 ms late), so it never delays the frame or what else is waiting for it. Returns a
 * function that cancels it.
 */
export const afterPaint = (callback: () => void): (() => void) => afterNextFrame(whenIdle, callback);

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
