import { whenIdle } from './when-idle.ts';

/** Schedules `callback` for later; returns a function that cancels it. */
export type Schedule = (callback: () => void) => () => void;

/** A task (a zero timer); returns its cancel function. */
const inTask: Schedule = (callback) => {
  const timer = setTimeout(callback);
  return () => clearTimeout(timer);
};

/** An idle callback at most 200 ms late, or a task where the browser has no idle callbacks (Safari). */
const soonIdle: Schedule = (callback) => whenIdle(callback, { timeout: 200, fallbackMs: 0 });

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
export const afterFrame: Schedule = (callback) => afterNextFrame(inTask, callback);

/**
 * Runs `callback` once the browser has painted the next frame and has a moment to spare (a frame callback, then an
 * idle callback, at most 200 ms late), so it never delays the frame or what else is waiting for it. Returns a
 * function that cancels it.
 */
export const afterPaint: Schedule = (callback) => afterNextFrame(soonIdle, callback);

/** Resolves in the next frame callback. */
export const nextFrame = (): Promise<void> => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
