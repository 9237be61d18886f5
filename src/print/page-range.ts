/** A bad `--range` / `&range=` value, with a message that says which part is wrong. */
export class RangeSyntaxError extends Error {}

/** One part of a range as written: `from`/`to` are `null` for an open end (`5-`, `-4`). */
export interface RangeSpan {
  text: string;
  from: number | null;
  to: number | null;
}

/** Reads the syntax of `3-10,12` (also `5-` to the end, `-4` from the start), before the deck's length is known. */
export function parseRangeSpans(text: string): RangeSpan[] {
  const spans: RangeSpan[] = [];
  for (const part of text.split(',').map((piece) => piece.trim())) {
    if (part === '') continue;
    const match = /^(\d*)\s*(-?)\s*(\d*)$/.exec(part);
    const [, fromText = '', dash = '', toText = ''] = match ?? [];
    if (!match || (fromText === '' && toText === '') || (dash === '' && toText !== '')) {
      throw new RangeSyntaxError(`bad slide range "${part}" (expected N, N-M, N- or -M, comma-separated)`);
    }
    const from = fromText === '' ? null : Number(fromText);
    const to = dash ? (toText === '' ? null : Number(toText)) : from;
    if (from !== null && to !== null && from > to) throw new RangeSyntaxError(`bad slide range "${part}": ${from} is after ${to}`);
    spans.push({ text: part, from, to });
  }
  if (spans.length === 0) throw new RangeSyntaxError(`empty slide range "${text}"`);
  return spans;
}

/** Parses `3-10,12` into sorted, distinct 1-based slide numbers within 1…total; throws RangeSyntaxError naming the bad part. */
export function parseRange(text: string, total: number): number[] {
  const chosen = new Set<number>();
  for (const span of parseRangeSpans(text)) {
    const from = span.from ?? 1;
    const to = span.to ?? total;
    for (const end of [from, to]) {
      if (end < 1 || end > total) throw new RangeSyntaxError(`slide ${end} in "${span.text}" is out of range: the deck has slides 1-${total}`);
    }
    for (let slide = from; slide <= to; slide++) chosen.add(slide);
  }
  return [...chosen].sort((a, b) => a - b);
}
