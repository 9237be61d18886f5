import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { fingerprints, unchanged } from '../../scripts/fingerprint.mjs';

/** Bumped when what an export build contains changes shape, so older cached builds are not reused. */
const CACHE_VERSION = 1;
const MANIFEST = 'deck-inputs.json';

/** What a cached build was made from: every file the bundler read, each with a fingerprint. */
interface Manifest {
  version: number;
  deckFile: string;
  inputs: Record<string, string>;
}

/** A bundler plugin that reports, at the end of a build, every real file that went into it. */
export function recordInputs(report: (files: string[]) => void): Plugin {
  return {
    name: 'deck:record-inputs',
    apply: 'build',
    generateBundle() {
      const ids = [...this.getModuleIds()].map((id) => id.split('?')[0] ?? id);
      report([...new Set(ids)].filter((id) => id.startsWith('/') && existsSync(id)));
    },
  };
}

/** The build folder for one deck in `cacheRoot`, and whether a build there is still good. */
export function cachedBuildDir(cacheRoot: string, deckFile: string): { dir: string; fresh: boolean } {
  const dir = join(cacheRoot, `export-${createHash('sha1').update(deckFile).digest('hex').slice(0, 12)}`);
  let manifest: Manifest;
  try {
    manifest = JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8')) as Manifest;
  } catch {
    return { dir, fresh: false };
  }
  const fresh =
    manifest.version === CACHE_VERSION &&
    manifest.deckFile === deckFile &&
    unchanged(manifest.inputs);
  return { dir, fresh };
}

/**
 * Builds a deck into `dir` through a sibling temporary folder, then swaps it in with the list of its inputs, so a
 * failed or interrupted build never leaves a folder that looks reusable. `extraInputs` are files that shape the
 * build without being bundled (the lockfile, the Vite config).
 */
export async function buildIntoCache(
  dir: string,
  deckFile: string,
  extraInputs: string[],
  build: (outDir: string, plugin: Plugin) => Promise<unknown>,
): Promise<string> {
  const building = `${dir}.building-${process.pid}`;
  const retired = `${dir}.retired-${process.pid}`;
  let inputs: string[] = [];
  try {
    await build(building, recordInputs((files) => (inputs = files)));
    const manifest: Manifest = { version: CACHE_VERSION, deckFile, inputs: fingerprints([deckFile, ...extraInputs, ...inputs]) };
    writeFileSync(join(building, MANIFEST), JSON.stringify(manifest));
    // Another export of the same deck may have finished first (and be serving its build): keep that one.
    if (cachedBuildDir(join(dir, '..'), deckFile).fresh) return dir;
    // Two renames: an export still serving the old build loses it for an instant, not for as long as a delete takes.
    mkdirSync(join(dir, '..'), { recursive: true });
    if (existsSync(dir)) renameSync(dir, retired);
    renameSync(building, dir);
    return dir;
  } finally {
    rmSync(building, { recursive: true, force: true });
    rmSync(retired, { recursive: true, force: true });
  }
}
