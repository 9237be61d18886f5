/** Neighbours stay mounted (laid out, hidden) so a key press only flips visibility. */
export const WINDOW = 1;

/**
 * Slides mounted when the deck opens at slide 1 (prerendered, then hydrated): slide 1 alone; its neighbours mount
 * once it is ready (`useWarm`).
 */
export const FIRST_MOUNTED = 1;

/**
 * The slides within `window` of `settled`, plus the current one (when a jump outruns the deferred window), in
 * order.
 */
export function mountedSlides(settled: number, current: number, total: number, window = WINDOW): number[] {
  const first = Math.max(1, settled - window);
  const last = Math.min(total, settled + window);
  const around = Array.from({ length: Math.max(0, last - first + 1) }, (_, index) => first + index);
  return around.includes(current) ? around : [...around, current].sort((a, b) => a - b);
}
