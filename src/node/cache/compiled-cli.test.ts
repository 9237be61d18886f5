import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importCompiled } from './compiled-cli.mjs';

/** A two-module TypeScript "CLI": the entry re-exports what a second module computes. */
function setup() {
  const root = mkdtempSync(join(tmpdir(), 'deck-compiled-cli-'));
  const entry = join(root, 'entry.ts');
  const part = join(root, 'part.ts');
  writeFileSync(entry, "import { answer, where } from './part.ts';\nexport const main = (): number => answer;\nexport { where };\n");
  writeFileSync(part, 'export const answer: number = 41 + 1;\nexport const where: string = import.meta.url;\n');
  return { root, entry, part, cache: join(root, 'cache') };
}

const bundles = (cache: string) => readdirSync(cache).filter((name) => name.startsWith('cli-'));
const manifest = (cache: string) => JSON.parse(readFileSync(join(cache, 'manifest.json'), 'utf8')) as { dir: string };

describe('importCompiled', () => {
  it('runs TypeScript through a bundle, keeping each module its own import.meta.url', async () => {
    const { entry, part, cache } = setup();
    const cli = await importCompiled(entry, cache);
    expect(cli.main()).toBe(42);
    expect(cli.where).toBe(pathToFileURL(part).href);
  });

  it('reuses the bundle until one of its sources changes, then bundles again', async () => {
    const { entry, part, cache } = setup();
    await importCompiled(entry, cache);
    const first = manifest(cache).dir;
    await importCompiled(entry, cache);
    expect(manifest(cache).dir).toBe(first);
    expect(bundles(cache)).toEqual([first]);

    writeFileSync(part, 'export const answer: number = 7;\nexport const where = "";\n');
    const edited = await importCompiled(entry, cache);
    expect(edited.main()).toBe(7);
    expect(manifest(cache).dir).not.toBe(first);
  });

  it('reports a syntax error with the file it is in, and keeps no bundle of it', async () => {
    const { entry, part, cache } = setup();
    writeFileSync(part, 'export const answer: number = ;\n');
    await expect(importCompiled(entry, cache)).rejects.toThrow(/part\.ts/);
    expect(existsSync(join(cache, 'manifest.json'))).toBe(false);
  });

  it('clears what a killed command left behind, once it is old, when it bundles', async () => {
    const { entry, part, cache } = setup();
    await importCompiled(entry, cache);
    const stale = join(cache, 'building-4242');
    const recent = join(cache, 'building-4343');
    mkdirSync(stale);
    mkdirSync(recent);
    writeFileSync(join(cache, 'manifest.json.4242'), '{}');
    const dayAgo = new Date(Date.now() - 24 * 60 * 60 * 1000);
    utimesSync(stale, dayAgo, dayAgo);
    utimesSync(join(cache, 'manifest.json.4242'), dayAgo, dayAgo);

    writeFileSync(part, 'export const answer: number = 8;\nexport const where = "";\n');
    await importCompiled(entry, cache);
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(join(cache, 'manifest.json.4242'))).toBe(false);
    // A recent one may belong to a command still bundling.
    expect(existsSync(recent)).toBe(true);
  });

  it('runs from a cache outside the package: packages are imported by absolute URL', async () => {
    const { root, cache } = setup();
    const entry = join(root, 'uses-package.ts');
    writeFileSync(entry, "import { cac } from 'cac';\nexport const main = (): string => typeof cac;\n");
    // In plain Node: Vitest would resolve the bundle's imports itself, from this project.
    const script = `const { importCompiled } = await import(${JSON.stringify(pathToFileURL(resolve('src/node/cache/compiled-cli.mjs')).href)});
      const cli = await importCompiled(${JSON.stringify(entry)}, ${JSON.stringify(cache)});
      process.stdout.write(cli.main());`;
    expect(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })).toBe('function');
  });
});
