// The one way anything we write appears: whole or not at all (outputs, the CLI bundle's manifest, export builds).
// Plain JS: the compiled CLI's loader (compiled-cli.mjs) runs before any TypeScript can.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { removeOnInterrupt } from '../output/interrupt.mjs';

/**
 * Writes a file whole or not at all: into a temporary file beside it, renamed over the target at the end.
 * @param {string} file
 * @param {Uint8Array | string} data
 */
export function writeFileAtomically(file, data) {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = join(dirname(file), `.${basename(file)}.${process.pid}.partial`);
  const forget = removeOnInterrupt(temporary);
  try {
    writeFileSync(temporary, data);
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  } finally {
    forget();
  }
}

/**
 * Puts the folder `fresh` where `target` is, in two renames (the old one is moved aside, then removed): a reader of
 * `target` loses it for an instant, never finds it half-written. On failure `target` is put back.
 * @param {string} fresh a complete folder on the same file system
 * @param {string} target
 */
export function replaceFolder(fresh, target) {
  const retired = `${fresh}.old`;
  if (existsSync(target)) renameSync(target, retired);
  try {
    renameSync(fresh, target);
  } catch (error) {
    if (existsSync(retired)) renameSync(retired, target);
    throw error;
  }
  rmSync(retired, { recursive: true, force: true });
}

/** @typedef {{ path: string, commit(): Promise<void>, discard(): Promise<void> }} StagedFolder */

/**
 * A folder that replaces `dir` only once complete: files go to a hidden sibling folder (same file system, so the
 * swap is `replaceFolder`); until `commit`, `dir` keeps what it had, and a failed or interrupted write leaves it so.
 * @param {string} dir
 * @returns {Promise<StagedFolder>}
 */
export async function stagedFolder(dir) {
  mkdirSync(dirname(dir), { recursive: true });
  const path = mkdtempSync(join(dirname(dir), `.${basename(dir)}.partial-`));
  // mkdtemp makes it private (0700); the folder it becomes is published or opened by other users: the usual mode.
  chmodSync(path, 0o777 & ~process.umask());
  const forget = removeOnInterrupt(path);
  return {
    path,
    async commit() {
      try {
        replaceFolder(path, dir);
      } finally {
        forget();
      }
    },
    async discard() {
      forget();
      rmSync(path, { recursive: true, force: true });
    },
  };
}
