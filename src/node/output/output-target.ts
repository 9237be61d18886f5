import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync, realpathSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { shownPath } from '../export/export-options.ts';

/**
 * What marks a folder as written by `deck build` (every page it writes has it: index.html's template): only such a
 * folder, or an empty one, is replaced unasked. A mark inside the page, not a file beside it, keeps `--single-file`
 * output one file.
 */
export const OUTPUT_MARK = '<meta name="generator" content="deck" />';
/** The Creator that `deck export` writes into a PDF's document info: such a PDF is replaced unasked. */
export const PDF_CREATOR = 'deck export';
/** The files `deck export --png` writes. */
const OUR_PNG = /^slide-\d+(-\d+)?\.png$/;

/** An output that may not be written, with the reason meant for people. */
export class OutputRefused extends Error {}

/** The path with symbolic links resolved as far as it exists, so two spellings of one place compare equal. */
export function canonical(path: string): string {
  const absolute = resolve(path);
  if (existsSync(absolute)) return realpathSync(absolute);
  const parent = dirname(absolute);
  return parent === absolute ? absolute : join(canonical(parent), basename(absolute));
}

const inside = (folder: string, path: string) => path.startsWith(folder.endsWith(sep) ? folder : folder + sep);
const sameFile = (a: string, b: string) => {
  try {
    const [x, y] = [statSync(a), statSync(b)];
    return x.ino === y.ino && x.dev === y.dev;
  } catch {
    return false;
  }
};

/** What an output must leave alone: files that went into it, and folders it may neither be nor hold. */
export interface Inputs {
  files: string[];
  folders: string[];
}

/** The inputs of every deck command: the deck, its folder, the engine, the working folder and the home folder. */
export function deckInputs(deckFile: string, engineRoot: string, more: string[] = []): Inputs {
  return { files: [deckFile, ...more], folders: [dirname(deckFile), engineRoot, process.cwd(), homedir()] };
}

/**
 * Why writing `target` would overwrite or delete an input, or undefined: it is one, holds one, or sits inside a file
 * one. Holds no matter how the path is spelled (relative, `..`, a symbolic or hard link).
 */
export function inputClash(target: string, inputs: Inputs): string | undefined {
  const out = canonical(target);
  for (const file of inputs.files) {
    const input = canonical(file);
    if (out === input || sameFile(out, input)) return `is ${input}, an input of the deck`;
    if (inside(out, input)) return `holds ${input}, an input of the deck`;
    if (inside(input, out)) return `is inside ${input}, an input of the deck`;
  }
  for (const folder of inputs.folders) {
    const input = canonical(folder);
    if (out === input || inside(out, input)) return `${out === input ? 'is' : 'holds'} ${input}, which an output may not replace`;
  }
  return undefined;
}

/** Refuses an output that would touch an input, in one line naming the flag and what to do. */
export function refuseInputClash(command: string, flag: string, target: string, inputs: Inputs): void {
  const clash = inputClash(target, inputs);
  if (clash) throw new OutputRefused(`${command}: ${flag} ${shownPath(target)} ${clash}: nothing was changed; choose another path`);
}

/** Whether a folder is empty or was written by `deck build`: its index.html carries the mark. */
function ownFolder(dir: string): boolean {
  if (readdirSync(dir).length === 0) return true;
  try {
    return readFileSync(join(dir, 'index.html'), 'utf8').includes(OUTPUT_MARK);
  } catch {
    return false;
  }
}

/** Whether a file is a PDF that `deck export` wrote: its last document info (at the end of the file) names us. */
function ownPdf(file: string): boolean {
  const size = statSync(file).size;
  const head = Buffer.alloc(5);
  const tail = Buffer.alloc(Math.min(size, 64 * 1024));
  const handle = openSync(file, 'r');
  try {
    readSync(handle, head, 0, head.length, 0);
    readSync(handle, tail, 0, tail.length, size - tail.length);
  } finally {
    closeSync(handle);
  }
  return head.toString('latin1') === '%PDF-' && tail.toString('latin1').includes(`/Creator (${PDF_CREATOR})`);
}

/** What is at `target` now, if it is not something this command wrote before (and so may replace unasked). */
export function foreignOutput(target: string, kind: 'site' | 'pdf' | 'png'): string | undefined {
  let stat;
  try {
    stat = statSync(target);
  } catch {
    return undefined;
  }
  if (kind === 'pdf') return stat.isFile() && ownPdf(target) ? undefined : stat.isFile() ? 'is a file that deck export did not write' : 'is not a file';
  if (!stat.isDirectory()) return 'is a file, not a folder';
  if (kind === 'site') return ownFolder(target) ? undefined : `is not empty and was not written by deck build (its index.html has no deck generator tag)`;
  return readdirSync(target).every((name) => OUR_PNG.test(name)) ? undefined : 'holds files that deck export did not write';
}

/** Refuses to replace what this command did not write, unless `force`. */
export function refuseForeignOutput(command: string, flag: string, target: string, kind: 'site' | 'pdf' | 'png', force: boolean): void {
  const foreign = force ? undefined : foreignOutput(target, kind);
  if (foreign)
    throw new OutputRefused(`${command}: ${flag} ${shownPath(target)} ${foreign}: nothing was changed; pass --force to replace it, or choose another path`);
}
