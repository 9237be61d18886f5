import { existsSync, rmSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { removeOnInterrupt } from '../output/interrupt.mjs';

/** Writes a file whole or not at all: into a temporary file beside it, renamed over the target at the end. */
export async function writeFileAtomically(file: string, data: Uint8Array): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const temporary = join(dirname(file), `.${basename(file)}.${process.pid}.partial`);
  const forget = removeOnInterrupt(temporary);
  try {
    await writeFile(temporary, data);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  } finally {
    forget();
  }
}

/** A folder being written beside its target, swapped in whole by `commit` or dropped by `discard`. */
export interface StagedFolder {
  path: string;
  commit(): Promise<void>;
  discard(): Promise<void>;
}

/**
 * A folder that replaces `dir` only once complete: files go to a hidden sibling folder (same file system, so the
 * swap is two renames); until `commit`, `dir` keeps what it had, and a failed or interrupted write leaves it as it was.
 */
export async function stagedFolder(dir: string): Promise<StagedFolder> {
  await mkdir(dirname(dir), { recursive: true });
  const path = await mkdtemp(join(dirname(dir), `.${basename(dir)}.partial-`));
  // mkdtemp makes it private (0700); the folder it becomes is published or opened by other users: the usual mode.
  await chmod(path, 0o777 & ~process.umask());
  const forget = removeOnInterrupt(path);
  const discard = async () => {
    forget();
    await rm(path, { recursive: true, force: true });
  };
  return {
    path,
    async commit() {
      const retired = `${path}.old`;
      if (existsSync(dir)) await rename(dir, retired);
      try {
        await rename(path, dir);
      } catch (error) {
        if (existsSync(retired)) await rename(retired, dir);
        throw error;
      } finally {
        forget();
      }
      rmSync(retired, { recursive: true, force: true });
    },
    discard,
  };
}
