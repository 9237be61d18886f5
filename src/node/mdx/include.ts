import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { formatDeckError, placeOf, type DeckBuildError } from '../errors/format-error.ts';

/** Where a line of the expanded deck was written: its file and its line there (1-based). */
export interface Origin {
  file: string;
  line: number;
}

/** A deck with every `<Include src="…" />` line replaced by that file's text, and where each line came from. */
export interface ExpandedDeck {
  text: string;
  /** For line N of `text` (1-based), `origins[N - 1]`. */
  origins: Origin[];
  /** Every file read: the deck first, then what it includes, each once. */
  files: string[];
  /** Each file's text as read. */
  sources: Map<string, string>;
}

/** A failed include, already in `file:line:column: reason` form (its stack is that line: the CLI and overlay show it alone). */
export class IncludeError extends Error {
  /** The file that could not be read, if that was the failure: a dev server watches for it to appear. */
  readonly missing: string | undefined;

  constructor(message: string, missing?: string) {
    super(message);
    this.stack = message;
    this.missing = missing;
  }
}

/** `<Include src="./part.mdx" />` alone on a line (quotes of either kind, or `src={'…'}`). */
const INCLUDE_LINE = /^\s*<Include\s+src=(?:"([^"]*)"|'([^']*)'|\{\s*(?:"([^"]*)"|'([^']*)')\s*\})\s*\/>\s*$/;
const FENCE = /^\s{0,3}(`{3,}|~{3,})/;

/** How a file of a cycle reads in its message: relative to the deck's folder. */
function shown(path: string, deckFile: string): string {
  return relative(dirname(deckFile), path) || path;
}

/**
 * Splices included files into a deck, recursively, outside code fences: the included file's slides land where the
 * `<Include>` line was, with their notes and steps, as if written there. A blank line on either side keeps its
 * blocks apart from the lines around it. A missing file, a cycle or an `<Include>` without a plain `src` is an
 * `IncludeError` naming file:line:column of the `<Include>`.
 */
export function expandIncludes(deckFile: string, source: string, read: (file: string) => string = (file) => readFileSync(file, 'utf8')): ExpandedDeck {
  const text: string[] = [];
  const origins: Origin[] = [];
  const sources = new Map<string, string>([[deckFile, source]]);
  const push = (line: string, origin: Origin) => {
    text.push(line);
    origins.push(origin);
  };

  const expand = (file: string, body: string, chain: string[]): void => {
    let fence: string | undefined;
    body.split('\n').forEach((line, index) => {
      const here = { file, line: index + 1 };
      const marker = FENCE.exec(line)?.[1];
      if (marker && (!fence || (marker[0] === fence[0] && marker.length >= fence.length))) fence = fence ? undefined : marker;
      const match = fence ? null : INCLUDE_LINE.exec(line);
      if (!match) {
        if (!fence && /^\s*<Include\b/.test(line)) {
          const column = line.indexOf('<') + 1;
          throw new IncludeError(`${file}:${here.line}:${column}: <Include> takes one src="./part.mdx" and stands alone on its line: ${line.trim()}`);
        }
        push(line, here);
        return;
      }
      const column = line.indexOf('<') + 1;
      const where = `${file}:${here.line}:${column}`;
      const src = match.slice(1).find((value) => value !== undefined) ?? '';
      if (!/\.mdx?$/.test(src)) throw new IncludeError(`${where}: <Include src="${src}" />: the included file must be an .mdx (or .md) file`);
      const target = resolve(dirname(file), src);
      if (target === file || chain.includes(target)) {
        const cycle = [...chain.slice(chain.indexOf(target)), file, target].map((path) => shown(path, deckFile)).join(' → ');
        throw new IncludeError(`${where}: <Include src="${src}" /> makes a cycle: ${cycle}`);
      }
      let included: string;
      try {
        included = sources.get(target) ?? read(target);
      } catch (error) {
        const code = (error as { code?: string }).code;
        const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (code ?? String(error));
        throw new IncludeError(`${where}: <Include src="${src}" />: cannot read ${target}: ${reason}`, target);
      }
      sources.set(target, included);
      push('', here);
      expand(target, included.replace(/\r\n?/g, '\n').replace(/\n$/, ''), [...chain, file]);
      push('', here);
    });
  };

  expand(deckFile, source, []);
  return { text: text.join('\n'), origins, files: [...sources.keys()], sources };
}

/** Where line `line` (1-based) of the expanded deck was written. */
export function originOf(expanded: ExpandedDeck, line: number): Origin {
  return expanded.origins[line - 1] ?? { file: expanded.files[0] ?? '', line };
}

/**
 * An error raised on the expanded deck (or on a part of it, whose lines `partLines` maps to the expanded deck's) as
 * `file:line:column: reason` of the file where the offending line was written, with that line shown.
 */
export function formatIncludedError(error: unknown, expanded: ExpandedDeck, partLines?: readonly number[]): DeckBuildError {
  const deckFile = expanded.files[0] ?? '';
  const place = placeOf(error as Parameters<typeof placeOf>[0]);
  if (!place) return formatDeckError(error, deckFile, expanded.sources.get(deckFile) ?? '');
  const line = partLines ? (partLines[place.line - 1] ?? (partLines.at(-1) ?? 0) + 1) : place.line;
  const origin = originOf(expanded, line);
  const lines: number[] = [];
  lines[place.line - 1] = origin.line;
  return formatDeckError(error, origin.file, expanded.sources.get(origin.file) ?? '', lines);
}
