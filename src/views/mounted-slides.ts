/** Neighbours stay mounted (laid out, hidden) so a key press only flips visibility. */
export const WINDOW = 1;

/** Slides mounted when the deck opens at slide 1 (prerendered, then hydrated): it and its next neighbours. */
export const FIRST_MOUNTED = 1 + WINDOW;

/** The slides around `settled` plus the current one (when a jump outruns the deferred window), in order. */
export function mountedSlides(settled: number, current: number, total: number): number[] {
  const first = Math.max(1, settled - WINDOW);
  const last = Math.min(total, settled + WINDOW);
  const around = Array.from({ length: Math.max(0, last - first + 1) }, (_, index) => first + index);
  return around.includes(current) ? around : [...around, current].sort((a, b) => a - b);
}

