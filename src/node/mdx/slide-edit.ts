import { splitDeck, type DeckOutline, type LineSpan } from './remark-slides.ts';

/** A deck as last outlined: its lines and its outline. */
export interface Outlined {
  lines: readonly string[];
  outline: DeckOutline;
}

/** A link reference or footnote definition (`[id]: url`, `[^1]: text`) is read by every slide: none may be near an edit. */
const DEFINITION = ']:';

/** How many leading lines two versions share, and how many trailing ones after those. */
function sharedEnds(before: readonly string[], after: readonly string[]): { head: number; tail: number } {
  const shortest = Math.min(before.length, after.length);
  let head = 0;
  while (head < shortest && before[head] === after[head]) head++;
  let tail = 0;
  while (tail < shortest - head && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  return { head, tail };
}

const textOf = (lines: readonly string[], spans: readonly LineSpan[], by = 0) =>
  spans.map(({ start, end }) => lines.slice(start - 1 + by, end + by).join('\n'));

/**
 * The outline of `after` when the save changed lines of one slide only, found by parsing that slide alone instead of
 * the whole deck (a few milliseconds instead of ~100 for a long talk). The changed lines must lie between two of the
 * last outline's slide breaks; after a root `---` the parser starts afresh, so the slide parsed alone, with its
 * closing `---`, outlines as it does in the deck, provided it still ends on that `---` (an unclosed fence, `$$` or
 * element would swallow it), adds no break, and brings the same ESM and Header/Footer it had. `undefined` whenever
 * that cannot be sure: a changed break, ESM or chrome, a new or dropped slide, a definition, an unknown component, a
 * script, an MDX error (the whole parse then says where): the caller then outlines the deck whole.
 */
export function outlineAfterSlideEdit(before: Outlined, after: readonly string[]): DeckOutline | undefined {
  const { outline, lines } = before;
  // An empty first or last slide is dropped by the outline: slide numbers no longer follow the breaks.
  if (outline.breaks.length + 1 !== outline.slides.length) return undefined;
  if (outline.slides.every((slide) => slide.body.length === 0 && slide.notes.length === 0)) return undefined;
  if (after.some((line) => line.includes(DEFINITION))) return undefined;
  const { head, tail } = sharedEnds(lines, after);
  if (head === lines.length && lines.length === after.length) return outline;

  const index = outline.breaks.filter((line) => line <= head).length;
  const start = index === 0 ? 1 : outline.breaks[index - 1]! + 1;
  const closing = outline.breaks[index];
  const last = closing === undefined ? lines.length : closing - 1;
  if (last < lines.length - tail) return undefined;
  const delta = after.length - lines.length;
  // A blank line first: the slide's first line is never front matter, as in the deck (only line 1 can be).
  const lead = index === 0 ? 0 : 1;
  const shift = start - 1 - lead;
  let region: DeckOutline;
  try {
    region = splitDeck(`${lead ? '\n' : ''}${after.slice(start - 1, (closing ?? lines.length) + delta).join('\n')}`, undefined, index);
  } catch {
    return undefined;
  }
  const edited = region.slides[0];
  if (region.slides.length !== 1 || !edited || (edited.body.length === 0 && edited.notes.length === 0)) return undefined;
  if (region.breaks.length !== (closing === undefined ? 0 : 1) || (closing !== undefined && region.breaks[0]! + shift !== closing + delta)) return undefined;
  const inSlide = (line: number) => line >= start && line <= last;
  if (region.unknownComponents.length > 0 || region.scripts.length > 0) return undefined;
  if ([...outline.unknownComponents, ...outline.scripts].some(({ line }) => inSlide(line))) return undefined;
  const within = (spans: LineSpan[]) => spans.filter((span) => inSlide(span.start));
  const same = (a: string[], b: string[]) => a.length === b.length && a.every((text, at) => text === b[at]);
  if (!same(textOf(lines, within(outline.esm)), textOf(after, region.esm, shift))) return undefined;
  if (!same(textOf(lines, within(outline.chrome)), textOf(after, region.chrome, shift))) return undefined;

  const moved = (line: number) => (line > last ? line + delta : line);
  /** An optional line field (an `export default`'s), moved by `by`, or left out when absent. */
  const lineField = <K extends string>(key: K, line: number | undefined, by: (line: number) => number) =>
    (line === undefined ? {} : { [key]: by(line) }) as Partial<Record<K, number>>;
  const ownLine = (line: number) => line + shift;
  const movedSpan = ({ start, end }: LineSpan): LineSpan => ({ start: moved(start), end: moved(end) });
  const own = ({ start, end }: LineSpan): LineSpan => ({ start: start + shift, end: end + shift });
  const merged = (old: LineSpan[], mine: LineSpan[]) => [
    ...old.filter((span) => span.start < start),
    ...mine.map(own),
    ...old.filter((span) => span.start > last).map(movedSpan),
  ];
  const { leadingDefaultExport, ...rest } = outline;
  return {
    ...rest,
    ...(index === 0 ? lineField('leadingDefaultExport', region.leadingDefaultExport, ownLine) : lineField('leadingDefaultExport', leadingDefaultExport, moved)),
    esm: merged(outline.esm, region.esm),
    chrome: merged(outline.chrome, region.chrome),
    slides: outline.slides.map((slide, at) =>
      at === index
        ? { ...edited, body: edited.body.map(own), notes: edited.notes.map(own), ...lineField('defaultExport', edited.defaultExport, ownLine) }
        : at > index
          ? { ...slide, body: slide.body.map(movedSpan), notes: slide.notes.map(movedSpan), ...lineField('defaultExport', slide.defaultExport, moved) }
          : slide,
    ),
    unknownComponents: outline.unknownComponents.map((found) => ({ ...found, line: moved(found.line) })),
    scripts: outline.scripts.map((found) => ({ ...found, line: moved(found.line) })),
    breaks: outline.breaks.map(moved),
  };
}
