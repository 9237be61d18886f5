/** A build error that names file:line:column and shows the offending line, as the CLI and the dev overlay print it. */
export interface DeckBuildError extends Error {
  loc?: { file: string; line: number; column: number };
  frame?: string;
}

interface Positioned {
  reason?: string;
  message: string;
  line?: number | null;
  column?: number | null;
  place?: { line: number; column: number } | { start: { line: number; column: number } } | null;
}

/** Where an error points (line and column of the text it was raised on), if it says. */
export function placeOf(error: Positioned): { line: number; column: number } | undefined {
  if (error.line) return { line: error.line, column: error.column ?? 1 };
  const place = error.place;
  if (!place) {
    const inReason = /\((\d+):(\d+)(?:-\d+:\d+)?\)$/.exec(error.reason ?? error.message);
    return inReason ? { line: Number(inReason[1]), column: Number(inReason[2]) } : undefined;
  }
  return 'start' in place ? place.start : place;
}

/** Wraps an MDX/remark error so its message reads `file:line:column: reason` followed by a code frame; `lines` maps a part's lines back to the file's. */
export function formatDeckError(error: unknown, file: string, source: string, lines?: readonly number[]): DeckBuildError {
  const positioned = error as Positioned;
  const reason = positioned.reason ?? positioned.message ?? String(error);
  const partPlace = placeOf(positioned);
  const place = partPlace && lines ? { line: lines[partPlace.line - 1] ?? (lines.at(-1) ?? 0) + 1, column: partPlace.column } : partPlace;
  if (!place) return Object.assign(new Error(`${file}: ${reason}`), { loc: undefined });
  const text = source.split('\n')[place.line - 1] ?? '';
  const gutter = `${place.line} | `;
  const frame = `${gutter}${text}\n${' '.repeat(gutter.length + Math.max(0, place.column - 1))}^`;
  const formatted: DeckBuildError = new Error(`${file}:${place.line}:${place.column}: ${reason}\n\n${frame}`);
  formatted.loc = { file, line: place.line, column: place.column };
  formatted.frame = frame;
  formatted.stack = formatted.message;
  return formatted;
}
