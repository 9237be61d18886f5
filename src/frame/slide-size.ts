/** Every slide is authored at this size and scaled to fit. */
export const SLIDE_WIDTH = 1280;
export const SLIDE_HEIGHT = 720;

/** The scale that fits a slide into a box, letterboxed (never cropped). */
export function fitScale(box: { width: number; height: number }): number {
  if (box.width <= 0 || box.height <= 0) return 1;
  return Math.min(box.width / SLIDE_WIDTH, box.height / SLIDE_HEIGHT);
}
