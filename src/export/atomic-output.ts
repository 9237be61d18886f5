import { mkdir, mkdtemp, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Writes a file whole or not at all: into a temporary file beside it, renamed over the target at the end. */
export async function writeFileAtomically(file: string, data: Uint8Array): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const temporary = join(dirname(file), `.${basename(file)}.${process.pid}.partial`);
  try {
    await writeFile(temporary, data);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** A folder of files that appears only when complete: files go to a hidden sibling folder, moved into `dir` by `commit`. */
export async function stagedFolder(dir: string): Promise<{ path: string; commit(): Promise<void>; discard(): Promise<void> }> {
  await mkdir(dirname(dir), { recursive: true });
  const path = await mkdtemp(join(dirname(dir), `.${basename(dir)}.partial-`));
  return {
    path,
    async commit() {
      await mkdir(dir, { recursive: true });
      for (const name of await readdir(path)) await rename(join(path, name), join(dir, name));
      await rm(path, { recursive: true, force: true });
    },
    discard: () => rm(path, { recursive: true, force: true }),
  };
}
