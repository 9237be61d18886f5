// Node 20 cannot run TypeScript. The CLI is bundled into plain JS once and imported from the cache while none of its
// sources changed: loading it through Vite's module runner took ~1 s of every `deck` command.
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fingerprints, shortHash, unchanged } from './fingerprint.mjs';
import { writeFileAtomically } from './atomic-output.mjs';
import { removeStale } from './remove-stale.mjs';

const MANIFEST = 'manifest.json';

/**
 * Imports `entry` (a .ts module) as plain JS bundled into `cacheDir`, bundling it first if it or any of its own
 * sources changed. Packages stay imports (by absolute URL, resolved from this package); dynamic imports stay lazy.
 * @param {string} entry absolute path
 * @param {string} cacheDir
 */
export async function importCompiled(entry, cacheDir) {
  const main = freshBundle(entry, cacheDir) ?? (await bundle(entry, cacheDir));
  return import(pathToFileURL(main).href);
}

/** @returns {string | undefined} the bundled entry, while every source it was made from is unchanged */
function freshBundle(entry, cacheDir) {
  try {
    const manifest = JSON.parse(readFileSync(join(cacheDir, MANIFEST), 'utf8'));
    if (manifest.entry === entry && unchanged(manifest.inputs)) return join(cacheDir, manifest.dir, manifest.main);
  } catch {
    // No manifest yet, or a broken one: bundle again.
  }
  return undefined;
}

/** Keeps each module's own `import.meta.url` (the CLI finds the package root from it), not the bundle's. */
function sourceUrls() {
  return {
    name: 'deck:source-urls',
    /** @param {string} code @param {string} id */
    transform(code, id) {
      if (!isAbsolute(id) || !code.includes('import.meta.url')) return null;
      return code.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(id).href));
    },
  };
}

/** Bundles into a folder named by its inputs' fingerprints, then points the manifest at it (both by rename). */
async function bundle(entry, cacheDir) {
  const { rolldown } = await import('rolldown');
  const building = join(cacheDir, `building-${process.pid}`);
  const build = await rolldown({
    input: { cli: entry },
    platform: 'node',
    external: (id) => !id.startsWith('.') && !isAbsolute(id),
    plugins: [sourceUrls()],
  });
  try {
    // Packages by absolute URL, resolved from here as Node would: the bundle may live outside the package (in the
    // temp dir, on a read-only install), where a bare import would find no node_modules.
    const { output } = await build.write({
      dir: building,
      format: 'esm',
      entryFileNames: '[name].mjs',
      chunkFileNames: '[name]-[hash].mjs',
      paths: (id) => (id.startsWith('node:') ? id : import.meta.resolve(id)),
    });
    const modules = output.flatMap((file) => (file.type === 'chunk' ? file.moduleIds : [])).filter((id) => isAbsolute(id));
    const inputs = fingerprints(modules);
    const dir = `cli-${shortHash(JSON.stringify(inputs))}`;
    try {
      renameSync(building, join(cacheDir, dir));
    } catch (error) {
      // Another command bundled the same sources at the same time: either copy is good.
      if (!existsSync(join(cacheDir, dir, 'cli.mjs'))) throw error;
    }
    writeFileAtomically(join(cacheDir, MANIFEST), JSON.stringify({ entry, dir, main: 'cli.mjs', inputs }));
    removeOldBundles(cacheDir, dir);
    return join(cacheDir, dir, 'cli.mjs');
  } finally {
    await build.close();
    rmSync(building, { recursive: true, force: true });
  }
}

/**
 * Bundles of earlier sources pile up while the CLI is edited, and a command killed mid-bundle leaves its work
 * folder: drop those not touched for a while (remove-stale.mjs says how long).
 */
function removeOldBundles(cacheDir, current) {
  removeStale(cacheDir, { keep: join(cacheDir, current) });
}
