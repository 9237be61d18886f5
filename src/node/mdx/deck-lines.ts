import type { LineSpan } from './remark-slides.ts';

// The deck's lines cut into parts, without the MDX parser: what serving an outlined deck needs (deck-source.ts).

/** The one slide an empty deck gets, so it still opens at a valid position. */
export const EMPTY_DECK_TITLE = 'This deck has no slides yet';

/** A part of the deck file: its text, and for each of its lines the line it came from. */
export interface DeckPart {
  text: string;
  lines: number[];
}

/**
 * Copies just the given lines of `source` (a blank line between separate spans keeps blocks apart),
 * so compiling a slide costs its own size, not the whole deck's; `lines` maps errors back.
 */
export function extractLines(source: string | readonly string[], spans: readonly LineSpan[]): DeckPart {
  const all = typeof source === 'string' ? source.split('\n') : source;
  const wanted = new Set<number>();
  for (const { start, end } of spans) for (let line = start; line <= end; line++) wanted.add(line);
  const sorted = [...wanted].sort((a, b) => a - b);
  const text: string[] = [];
  const lines: number[] = [];
  sorted.forEach((line, index) => {
    const previous = sorted[index - 1];
    if (previous !== undefined && line > previous + 1) {
      text.push('');
      lines.push(previous + 1);
    }
    text.push(all[line - 1] ?? '');
    lines.push(line);
  });
  return { text: text.join('\n'), lines };
}
