/** Smallest font size the talk allows anywhere (frame px); legibility from the back of the room. */
export const MIN_FONT_SIZE = 18;

// Rough Inter advance widths in em; deliberately a little generous so the browser never needs more lines than we planned.
const NARROW = new Set([..."il.,:;|!'’ "]);
const SEMI_NARROW = new Set([...'ftrjI()[]/-']);
const WIDE = new Set([...'mwMW—&@']);
const SAFETY = 1.06;
const BOLD = 1.07;

function advance(char: string): number {
  if (NARROW.has(char)) return 0.28;
  if (SEMI_NARROW.has(char)) return 0.4;
  if (WIDE.has(char)) return 0.9;
  if (char >= 'A' && char <= 'Z') return 0.7;
  if (char >= '0' && char <= '9') return 0.62;
  return 0.58;
}

/** Estimated rendered width of `text` in px at `fontSize` (bold adds ~7%). */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const char of text) em += advance(char);
  return em * fontSize * SAFETY * (bold ? BOLD : 1);
}

/** Greedy word wrap into lines no wider than `maxWidth`, the way a browser breaks at spaces. */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, fontSize, bold) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/** Largest size from `preferred` down to the minimum at which every word fits on a line of `maxWidth`. */
export function fitFontSize(text: string, maxWidth: number, preferred: number, bold = false): number {
  const words = text.split(/\s+/).filter(Boolean);
  for (let size = preferred; size > MIN_FONT_SIZE; size--) {
    if (words.every((word) => textWidth(word, size, bold) <= maxWidth)) return size;
  }
  return MIN_FONT_SIZE;
}
