/** A CSS `unicode-range` as code points and back: what a font face serves, and how a subset is carved out of it. */

/** Every code point a `unicode-range` names: `U+41`, `U+0-FF`, the wildcard `U+4??` (`U+400-4FF`); junk is skipped. */
export function codePointsOf(unicodeRange: string): number[] {
  const points: number[] = [];
  for (const part of unicodeRange.split(',')) {
    const range = /^U\+([0-9A-F?]+)(?:-([0-9A-F]+))?$/i.exec(part.trim());
    if (!range) continue;
    const first = parseInt(range[1]!.replace(/\?/g, '0'), 16);
    const last = range[2] ? parseInt(range[2], 16) : parseInt(range[1]!.replace(/\?/g, 'F'), 16);
    for (let code = first; code <= last; code++) points.push(code);
  }
  return points;
}

/** Every character a `unicode-range` names ("U+0000-00FF, U+0131, U+2000-206F"). */
export function charactersOf(unicodeRange: string): string {
  return String.fromCodePoint(...codePointsOf(unicodeRange));
}

/** The shortest `unicode-range` naming exactly `points` (runs of neighbours as ranges). */
export function unicodeRangeOf(points: Iterable<number>): string {
  const sorted = [...new Set(points)].sort((a, b) => a - b);
  const parts: string[] = [];
  const hex = (code: number) => code.toString(16).toUpperCase();
  for (let at = 0; at < sorted.length;) {
    let end = at;
    while (end + 1 < sorted.length && sorted[end + 1] === sorted[end]! + 1) end++;
    parts.push(end === at ? `U+${hex(sorted[at]!)}` : `U+${hex(sorted[at]!)}-${hex(sorted[end]!)}`);
    at = end + 1;
  }
  return parts.join(',');
}
