/** Thumbnails are at least this wide (CSS px) and this far apart. */
export const THUMB_MIN_WIDTH = 220;
export const THUMB_GAP = 20;

/** How many columns fit a grid `width` wide, and how wide each thumbnail then is. */
export function gridColumns(width: number, minWidth = THUMB_MIN_WIDTH, gap = THUMB_GAP): { columns: number; thumbWidth: number } {
  const columns = Math.max(1, Math.floor((width + gap) / (minWidth + gap)));
  return { columns, thumbWidth: Math.max(0, (width - gap * (columns - 1)) / columns) };
}

/** Roving-focus moves inside the grid: arrows by one or by a row, Home/End to the ends. */
const MOVES: Record<string, (index: number, columns: number, total: number) => number> = {
  ArrowRight: (index) => index + 1,
  ArrowLeft: (index) => index - 1,
  ArrowDown: (index, columns) => index + columns,
  ArrowUp: (index, columns) => index - columns,
  Home: () => 0,
  End: (_, __, total) => total - 1,
};

/** The 0-based index focus moves to for `key`, clamped to the grid; `null` for keys the grid leaves alone. */
export function moveFocus(key: string, index: number, columns: number, total: number): number | null {
  const move = MOVES[key];
  if (!move || total < 1) return null;
  const target = move(index, columns, total);
  return Math.min(total - 1, Math.max(0, target));
}
