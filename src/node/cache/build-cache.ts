import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { fingerprints, shortHash, unchanged } from './fingerprint.mjs';
import { replaceFolder } from './atomic-output.mjs';
import { removeStale } from './remove-stale.mjs';
import { inputsOutsideGraph } from './inputs-outside-graph.ts';

/** Bumped when what an export build contains changes shape, so older cached builds are not reused. */
const CACHE_VERSION = 1;
const MANIFEST = 'deck-inputs.json';

/** What a cached build was made from: every file the bundler read, each with a fingerprint. */
interface Manifest {
  version: number;
  deckFile: string;
  inputs: Record<string, string>;
  /** Which build this is: unique per build, unlike the file's time, which a reuse refreshes (`markUsed`). */
  build?: string;
}

/**
 * A bundler plugin that reports, at the end of a build, every real file that went into it: the modules bundled and
 * the files read beside them (a deck's `<Include>`d files).
 */
export function recordInputs(report: (files: string[]) => void): Plugin {
  return {
    name: 'deck:record-inputs',
    apply: 'build',
    generateBundle() {
      const ids = [...this.getModuleIds(), ...inputsOutsideGraph()].map((id) => id.split('?')[0] ?? id);
      report([...new Set(ids)].filter((id) => id.startsWith('/') && existsSync(id)));
    },
  };
}

/**
 * The engine's own files that shape every build without being bundled (the Vite config, our remark and output
 * plugins: everything under `src/`, and index.html), with the lockfile for the packages.
 */
export function engineSources(root: string): string[] {
  return [...sourcesUnder(join(root, 'src')), join(root, 'index.html'), join(root, 'package-lock.json')];
}

/** Every file under `dir` but the unit tests, in a stable order. */
export function sourcesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !/\.test\.tsx?$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** The build folder for one deck in `cacheRoot`, and whether a build there is still good. */
export function cachedBuildDir(cacheRoot: string, deckFile: string): { dir: string; fresh: boolean } {
  const dir = join(cacheRoot, `export-${shortHash(deckFile)}`);
  let manifest: Manifest;
  try {
    manifest = JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8')) as Manifest;
  } catch {
    return { dir, fresh: false };
  }
  const fresh = manifest.version === CACHE_VERSION && manifest.deckFile === deckFile && unchanged(manifest.inputs);
  return { dir, fresh };
}

/** The files a cached build was made from (the deck, its imports, the engine): what an export must not overwrite. */
export function builtInputs(dir: string): string[] {
  try {
    return Object.keys((JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8')) as Manifest).inputs);
  } catch {
    return [];
  }
}

/** Marks a reused build as used now, so pruning keeps it. */
export function markUsed(dir: string): void {
  const now = new Date();
  try {
    utimesSync(join(dir, MANIFEST), now, now);
  } catch {
    // No manifest: nothing to keep.
  }
}

/** When a cache entry was last used: its manifest's time, else the folder's. */
function lastUsed(path: string): number {
  try {
    return statSync(join(path, MANIFEST)).mtimeMs;
  } catch {
    return statSync(path).mtimeMs;
  }
}

/** Removes other decks' builds and what interrupted exports left, once remove-stale.mjs's table says they are old. */
export function pruneCache(cacheRoot: string, keep: string, now = Date.now()): void {
  removeStale(cacheRoot, { keep, now, lastUsed });
}

/** Which build is in `dir`, or null for none: to see if another one replaced it (or name what was made from it). */
export function buildStamp(dir: string): string | null {
  try {
    return (JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8')) as Manifest).build ?? null;
  } catch {
    return null;
  }
}

/**
 * Builds a deck into `dir` through a sibling temporary folder, then swaps it in with the list of its inputs, so a
 * failed or interrupted build never leaves a folder that looks reusable. `extraInputs` are files that shape the
 * build without being bundled or imported by the Vite config (the lockfile).
 */
export async function buildIntoCache(
  dir: string,
  deckFile: string,
  extraInputs: string[],
  build: (outDir: string, plugin: Plugin) => Promise<unknown>,
): Promise<string> {
  const unique = `${process.pid}-${randomUUID().slice(0, 8)}`;
  const building = `${dir}.building-${unique}`;
  let inputs: string[] = [];
  const before = buildStamp(dir);
  try {
    await build(
      building,
      recordInputs((files) => (inputs = files)),
    );
    const manifest: Manifest = { version: CACHE_VERSION, deckFile, inputs: fingerprints([deckFile, ...extraInputs, ...inputs]), build: unique };
    writeFileSync(join(building, MANIFEST), JSON.stringify(manifest));
    // Another export of the same deck may have finished while this one built (and be serving it): keep that one.
    if (buildStamp(dir) !== before && cachedBuildDir(join(dir, '..'), deckFile).fresh) return dir;
    // An export still serving the old build loses it for an instant, not for as long as a delete takes.
    replaceFolder(building, dir);
    pruneCache(join(dir, '..'), dir);
    return dir;
  } finally {
    rmSync(building, { recursive: true, force: true });
  }
}
