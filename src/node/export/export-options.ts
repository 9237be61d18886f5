import { existsSync, statSync } from 'node:fs';
import { basename, extname, isAbsolute, join, relative, resolve } from 'node:path';
import { ExportError } from './export-error.ts';
import { parseRangeSpans, RangeSyntaxError } from '../../print/page-range.ts';
import { HANDOUT_SIZES, isHandoutSize, type HandoutSize } from '../../print/print-layout.ts';

/** `deck export` flags as cac hands them over (numbers where the text looked like one). */
export interface ExportFlags {
  out?: string;
  steps?: boolean;
  notes?: boolean;
  speakerNotes?: boolean;
  handout?: string | number;
  png?: string;
  scale?: string | number;
  range?: string | number;
  dark?: boolean;
  quiet?: boolean;
  timeout?: string | number;
}

/** Where the export goes: one PDF file, or a folder of PNGs at a device pixel ratio. */
export type ExportTarget = { kind: 'pdf'; file: string } | { kind: 'png'; dir: string; scale: number };

/** Everything `deck export` does, checked and typed once. */
export interface ExportOptions {
  deckFile: string;
  target: ExportTarget;
  steps: boolean;
  notes: boolean;
  handout: HandoutSize | null;
  /** Notes keep their SpeakerOnly remarks (the speaker's own copy); implies `notes` unless a handout is asked for. */
  speakerNotes: boolean;
  /** The `--range` text, syntax already checked; bounds are checked once the deck's length is known. */
  range: string | null;
  dark: boolean;
  quiet: boolean;
  /** Milliseconds to wait for the deck to load and settle. */
  timeout: number;
}

/** Default wait for the print view to settle. */
export const DEFAULT_TIMEOUT = 60_000;

function positive(name: string, value: string | number, max: number): number {
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0 || number > max)
    throw new ExportError(`deck export: --${name} must be a number above 0 and at most ${max}, got ${value}`);
  return number;
}

/** Where the PDF goes: `--out` as given, or `<deck name>.pdf` inside it when it names a folder (`out/`, an existing one). */
function pdfFile(deckFile: string, out: string | undefined, cwd: string): string {
  const name = `${basename(deckFile, extname(deckFile))}.pdf`;
  if (out === undefined) return resolve(cwd, name);
  const path = resolve(cwd, out);
  const folder = /[\\/]$/.test(out) || (existsSync(path) && statSync(path).isDirectory());
  return folder ? join(path, name) : path;
}

/** Checks `deck export` flags into options; every mistake is one clear message. */
export function exportOptions(deckFile: string, flags: ExportFlags, cwd = process.cwd()): ExportOptions {
  if (flags.png !== undefined && flags.out !== undefined) throw new ExportError('deck export: use --out for a PDF or --png <dir> for images, not both');
  if (flags.png !== undefined && (typeof flags.png !== 'string' || flags.png === ''))
    throw new ExportError('deck export: --png needs a folder, e.g. --png slides/');
  if (flags.out !== undefined && (typeof flags.out !== 'string' || flags.out === ''))
    throw new ExportError('deck export: --out needs a file name, e.g. --out talk.pdf');
  if (flags.scale !== undefined && flags.png === undefined) throw new ExportError('deck export: --scale applies to --png images only');

  let handout: HandoutSize | null = null;
  if (flags.handout !== undefined) {
    const size = Number(flags.handout);
    if (!isHandoutSize(size)) throw new ExportError(`deck export: --handout must be one of ${HANDOUT_SIZES.join(', ')}, got ${flags.handout}`);
    handout = size;
  }
  if (handout && flags.steps) throw new ExportError('deck export: --handout prints whole slides; it does not combine with --steps');

  let range: string | null = null;
  if (flags.range !== undefined) {
    range = String(flags.range);
    if (range.trim() === '') throw new ExportError('deck export: --range needs slides, e.g. --range 3-10,12');
    try {
      parseRangeSpans(range);
    } catch (error) {
      if (error instanceof RangeSyntaxError) throw new ExportError(`deck export: --range: ${error.message}`);
      throw error;
    }
  }

  const target: ExportTarget =
    flags.png !== undefined
      ? { kind: 'png', dir: resolve(cwd, flags.png), scale: flags.scale === undefined ? 1 : positive('scale', flags.scale, 4) }
      : { kind: 'pdf', file: pdfFile(deckFile, flags.out, cwd) };

  return {
    deckFile,
    target,
    steps: Boolean(flags.steps),
    notes: Boolean(flags.notes) || (Boolean(flags.speakerNotes) && !handout),
    handout,
    speakerNotes: Boolean(flags.speakerNotes),
    range,
    dark: Boolean(flags.dark),
    quiet: Boolean(flags.quiet),
    timeout: flags.timeout === undefined ? DEFAULT_TIMEOUT : positive('timeout', flags.timeout, 3_600_000),
  };
}

/** How the summary names what it wrote: relative to the working folder when inside it, else the full path. */
export function shownPath(path: string, cwd = process.cwd()): string {
  const shown = relative(cwd, path);
  return shown === '' || shown.startsWith('..') || isAbsolute(shown) ? path : shown;
}
