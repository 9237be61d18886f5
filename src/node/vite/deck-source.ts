import { readFileSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { VFile } from 'vfile';
import { noteInputs } from '../cache/inputs-outside-graph.ts';
import { formatDeckError } from '../errors/format-error.ts';
import { expandIncludes, formatIncludedError, IncludeError, originOf, type ExpandedDeck } from '../mdx/include.ts';
import { CODE_META_SOURCE } from '../mdx/code-fence-meta.ts';
import type { DeckOutline, LineSpan, splitDeck } from '../mdx/remark-slides.ts';
import { EMPTY_DECK_TITLE, extractLines } from '../mdx/deck-lines.ts';
import { repairMdx1, type Mdx1Repair } from '../mdx/mdx1-habits.ts';
import { keptDefaultExport } from '../mdx/slide-default-export.ts';
import { declaredMdxDeck } from '../mdx/mdx-deck-flavor.ts';
import { PACKAGE_ROOT } from '../deck-file.ts';
import type { outlineAfterSlideEdit } from '../mdx/slide-edit.ts';
import type { OutlineCache } from '../cache/outline-cache.ts';
import type { PartProcessor } from './part-compiler.ts';

/**
 * The outline's parser (remark with its extensions, ~150 ms of imports here): loaded when a deck text is not in the
 * outline cache or a save changed it, so a `deck dev` restart listens without it.
 */
interface Outliner {
  splitDeck: typeof splitDeck;
  outlineAfterSlideEdit: typeof outlineAfterSlideEdit;
}

/** Beyond this, MDX parsing alone takes minutes: a clear error beats a build that seems to hang. */
const MAX_DECK_CHARS = 4 * 1024 * 1024;
/**
 * Compiled parts by source text, shared across the builds of one process (client, SSR prerender, offline copy):
 * Vite loads a fresh config, and so a fresh plugin, for each build.
 */
const compiled: Map<string, string> = ((globalThis as { __deckCompiled?: Map<string, string> }).__deckCompiled ??= new Map());
/** A deck's text, its lines with included files spliced in, where each line came from, and its outline. */
export interface Parsed {
  source: string;
  /** Where MDX 1 text was rewritten for MDX 3 (the lines are the rewritten ones): for a build warning. */
  repairs: Mdx1Repair[];
  lines: string[];
  outline: DeckOutline;
  expanded: ExpandedDeck;
}

/** The lines of each part: ESM (imports, exports) is repeated in every part so each compiles alone. */
function partSpans(outline: DeckOutline, part: string): LineSpan[] {
  const [kind, number] = part.split('-');
  const slide = outline.slides[Number(number) - 1];
  if (kind === 'esm') return outline.esm;
  if (kind === 'chrome') return [...outline.esm, ...outline.chrome];
  if (kind === 'slide' && slide) return [...outline.esm, ...slide.body];
  if (kind === 'notes' && slide) return [...outline.esm, ...slide.notes];
  throw new Error(`unknown deck part ${part}`);
}

/** The parts of a deck, each compiled alone: its ESM, its chrome (Header/Footer), each slide and its notes. */
export function deckParts(outline: DeckOutline): string[] {
  return ['esm', 'chrome', ...outline.slides.flatMap((slide, index) => [`slide-${index + 1}`, ...(slide.notes.length ? [`notes-${index + 1}`] : [])])];
}

/** The text a part compiles from (blank lines where its spans have gaps), and the deck lines each of its lines came from. */
export function partText({ lines: all, outline }: Parsed, part: string, deckFile: string): { text: string; lines: number[] } {
  const empty = part === 'slide-1' && outline.slides[0]?.body.length === 0;
  return empty
    ? { text: `# ${EMPTY_DECK_TITLE}\n\nWrite slides in ${deckFile}, separated by lines of \`---\`.`, lines: [] }
    : extractLines(all, partSpans(outline, part));
}

/** One deck file as the plugin reads it: parsed once per saved version, each part compiled once per text. */
export interface DeckSource {
  /** The deck as saved now (re-read only when its size or time changed). */
  read(): Promise<Parsed>;
  parse(source: string): Promise<Parsed>;
  /** The part's module code; `warn` hears, in `file:line:column: reason` form, what compiled but is wrong (bad TeX). */
  compilePart(parsed: Parsed, part: string, warn?: (message: string) => void): Promise<string>;
  /** The size and time of the deck and the files it includes, or `gone`: to tell whether one changed while a compile ran. */
  stamp(): string;
  /** The deck file and every file it includes, as last read. */
  files(): string[];
  /** Starts loading the compiler, so the page's first part request does not wait for it. */
  warm(): void;
}

/** The reader and compiler of `deckFile`'s parts; `outlines` keeps the last whole outline for the next start (`deck dev`). */
export function deckSource(deckFile: string, outlines?: OutlineCache): DeckSource {
  let cached: Parsed | undefined;
  /** Whether the deck's package.json says mdx-deck 1–2, where each `export default` is its own slide's layout. */
  const mdxDeck2 = declaredMdxDeck(deckFile, PACKAGE_ROOT) === 2;
  let processor: Promise<PartProcessor> | undefined;
  const compiler = () => (processor ??= import('./part-compiler.ts').then(({ partProcessor }) => partProcessor()));
  let outliner: Outliner | undefined;
  const loadOutliner = async (): Promise<Outliner> => {
    const [slides, edit] = await Promise.all([import('../mdx/remark-slides.ts'), import('../mdx/slide-edit.ts')]);
    return (outliner = { splitDeck: slides.splitDeck, outlineAfterSlideEdit: edit.outlineAfterSlideEdit });
  };

  /** The files the deck includes, as last read (and one it names that is missing): their changes count as the deck's. */
  let included: string[] = [];
  // Async only while the outliner loads: once it is there, a parse runs to its end before anyone else reads the deck.
  const parse = async (source: string): Promise<Parsed> => {
    let expanded: ExpandedDeck;
    try {
      expanded = expandIncludes(deckFile, source);
    } catch (error) {
      // Watched from now on, so that creating it fixes the deck.
      if (error instanceof IncludeError && error.missing && !included.includes(error.missing)) included = [...included, error.missing];
      throw error;
    }
    included = expanded.files.slice(1);
    noteInputs(included);
    if (cached?.expanded.text === expanded.text) return cached;
    if (expanded.text.length > MAX_DECK_CHARS) {
      const size = (expanded.text.length / 1024 / 1024).toFixed(1);
      throw new Error(
        `${deckFile}:1:1: the deck is ${size} MB of text, over the ${MAX_DECK_CHARS / 1024 / 1024} MB limit: move large data into a file the deck imports`,
      );
    }
    // A save inside one slide re-outlines just that slide (the dev loop); anything else, or a doubt, parses it whole.
    const lines = expanded.text.split('\n');
    const edited = cached && cached.repairs.length === 0 ? (outliner ?? (await loadOutliner())).outlineAfterSlideEdit(cached, lines) : undefined;
    if (edited) {
      cached = { source, repairs: [], lines, outline: edited, expanded };
      return cached;
    }
    const kept = outlines?.get(expanded.text);
    if (kept) {
      cached = { source, repairs: kept.repairs, lines: kept.text.split('\n'), outline: kept.outline, expanded };
      return cached;
    }
    const { splitDeck } = outliner ?? (await loadOutliner());
    try {
      const { text, result, repairs } = repairMdx1(expanded.text, (value) => splitDeck(value, deckFile));
      cached = { source, repairs, lines: text.split('\n'), outline: result, expanded };
      outlines?.set(expanded.text, { text, repairs, outline: result });
    } catch (error) {
      // An error at the end of the deck (an unclosed `{`) may have begun in an included file: that file, parsed alone, says where.
      for (const file of included) {
        try {
          splitDeck(expanded.sources.get(file) ?? '', file);
        } catch (own) {
          throw formatDeckError(own, file, expanded.sources.get(file) ?? '');
        }
      }
      throw formatIncludedError(error, expanded);
    }
    return cached;
  };
  let stamp = '';
  const stampOf = (file: string) => {
    try {
      const { mtimeMs, size } = statSync(file);
      return `${mtimeMs}:${size}`;
    } catch {
      return 'gone';
    }
  };
  const fileStamp = () => {
    const deck = stampOf(deckFile);
    return deck === 'gone' ? deck : [deck, ...included.map(stampOf)].join('|');
  };
  const read = async () => {
    const now = fileStamp();
    if (now === 'gone') throw new Error(`${deckFile}: the deck file is gone; restore it and this page reloads`);
    if (cached && now === stamp) return cached;
    stamp = now;
    return parse(readFileSync(deckFile, 'utf8'));
  };

  const compilePart = async (parsed: Parsed, part: string, warn?: (message: string) => void): Promise<string> => {
    const { expanded, outline } = parsed;
    const { text, lines } = partText(parsed, part, deckFile);
    const kept = keptDefaultExport(outline, part, mdxDeck2);
    const key = `${deckFile}\0${kept}\0${text}`;
    const known = compiled.get(key);
    if (known) return known;
    try {
      const folderOfLine = (line: number) => dirname(originOf(expanded, lines[line - 1] ?? 1).file);
      const deckLineOf = (line: number) => lines[line - 1] ?? line;
      const data = { deckPart: part, folderOfLine, keptDefaultExport: kept, deckLineOf };
      const file = await (await compiler()).process(new VFile({ value: text, path: deckFile, data }));
      const code = String(file.value);
      for (const message of file.messages) {
        const cause = message.cause instanceof Error ? `: ${message.cause.message.split('\n')[0]}` : '';
        const shown = message.source === CODE_META_SOURCE ? '' : ' (shown in red on the slide)';
        const reason = Object.assign(message, { reason: `${message.reason}${cause}${shown}` });
        warn?.(formatIncludedError(reason, expanded, lines).message.split('\n')[0] as string);
      }
      compiled.set(key, code);
      return code;
    } catch (error) {
      throw formatIncludedError(error, expanded, lines);
    }
  };

  return { read, parse, compilePart, stamp: fileStamp, files: () => [deckFile, ...included], warm: () => void compiler() };
}
