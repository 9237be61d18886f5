import { readFileSync, statSync } from 'node:fs';
import { createProcessor } from '@mdx-js/mdx';
import { VFile } from 'vfile';
import { formatDeckError } from '../errors/format-error.ts';
import { remarkStepOffsets } from '../mdx/count-steps.ts';
import { remarkLocalImages } from '../mdx/images/local-images.ts';
import { rehypeMaths, remarkKatexStyles } from '../mdx/maths.ts';
import { deckRemarkPlugins, EMPTY_DECK_TITLE, extractLines, splitDeck, type DeckOutline, type LineSpan } from '../mdx/remark-slides.ts';
import { remarkRemoveScripts } from '../mdx/slide-scripts.ts';

/** Beyond this, MDX parsing alone takes minutes: a clear error beats a build that seems to hang. */
const MAX_DECK_CHARS = 4 * 1024 * 1024;
/**
 * Compiled parts by source text, shared across the builds of one process (client, SSR prerender, offline copy):
 * Vite loads a fresh config, and so a fresh plugin, for each build.
 */
const compiled: Map<string, string> = ((globalThis as { __deckCompiled?: Map<string, string> }).__deckCompiled ??= new Map());
/** A deck's text, its lines and its outline (slides, ESM, chrome, meta). */
export interface Parsed {
  source: string;
  lines: string[];
  outline: DeckOutline;
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

/** One deck file as the plugin reads it: parsed once per saved version, each part compiled once per text. */
export interface DeckSource {
  /** The deck as saved now (re-read only when its size or time changed). */
  read(): Parsed;
  parse(source: string): Parsed;
  /** The part's module code; `warn` hears, in `file:line:column: reason` form, what compiled but is wrong (bad TeX). */
  compilePart(parsed: Parsed, part: string, warn?: (message: string) => void): Promise<string>;
  /** The file's size and time, or `gone`: to tell whether it changed while a compile ran. */
  stamp(): string;
}

/** The reader and compiler of `deckFile`'s parts. */
export function deckSource(deckFile: string): DeckSource {
  let cached: Parsed | undefined;
  const processor = createProcessor({
    providerImportSource: '@mdx-js/react',
    remarkPlugins: [...deckRemarkPlugins, remarkRemoveScripts, remarkStepOffsets, remarkLocalImages, remarkKatexStyles],
    rehypePlugins: [rehypeMaths],
  });

  const parse = (source: string): Parsed => {
    if (cached?.source === source) return cached;
    if (source.length > MAX_DECK_CHARS) {
      const size = (source.length / 1024 / 1024).toFixed(1);
      throw new Error(
        `${deckFile}:1:1: the deck is ${size} MB of text, over the ${MAX_DECK_CHARS / 1024 / 1024} MB limit: move large data into a file the deck imports`,
      );
    }
    try {
      cached = { source, lines: source.split('\n'), outline: splitDeck(source, deckFile) };
    } catch (error) {
      throw formatDeckError(error, deckFile, source);
    }
    return cached;
  };
  let stamp = '';
  const fileStamp = () => {
    try {
      const { mtimeMs, size } = statSync(deckFile);
      return `${mtimeMs}:${size}`;
    } catch {
      return 'gone';
    }
  };
  const read = () => {
    const now = fileStamp();
    if (now === 'gone') throw new Error(`${deckFile}: the deck file is gone; restore it and this page reloads`);
    if (cached && now === stamp) return cached;
    stamp = now;
    return parse(readFileSync(deckFile, 'utf8'));
  };

  const compilePart = async ({ source, lines: all, outline }: Parsed, part: string, warn?: (message: string) => void): Promise<string> => {
    const spans = partSpans(outline, part);
    const empty = part === 'slide-1' && outline.slides[0]?.body.length === 0;
    const { text, lines } = empty
      ? { text: `# ${EMPTY_DECK_TITLE}\n\nWrite slides in ${deckFile}, separated by lines of \`---\`.`, lines: [] }
      : extractLines(all, spans);
    const key = `${deckFile}\0${text}`;
    const known = compiled.get(key);
    if (known) return known;
    try {
      const file = await processor.process(new VFile({ value: text, path: deckFile, data: { deckPart: part } }));
      const code = String(file.value);
      for (const message of file.messages) {
        const cause = message.cause instanceof Error ? `: ${message.cause.message.split('\n')[0]}` : '';
        const reason = Object.assign(message, { reason: `${message.reason}${cause} (shown in red on the slide)` });
        warn?.(formatDeckError(reason, deckFile, source, lines).message.split('\n')[0] as string);
      }
      compiled.set(key, code);
      return code;
    } catch (error) {
      throw formatDeckError(error, deckFile, source, lines);
    }
  };

  return { read, parse, compilePart, stamp: fileStamp };
}
