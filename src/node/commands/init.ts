import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CAC } from 'cac';
import { PACKAGE_ROOT, UsageError } from '../deck-file.ts';
import { fileErrorMessage } from '../errors/file-error.ts';

/** The starter's files, copied as they are (a real deck, so it is read and built like any other). */
const STARTER = fileURLToPath(new URL('./starter/', import.meta.url));
const STARTER_FILES = ['slides/deck.mdx', 'README.md'];
const GITIGNORE = 'node_modules/\ndist/\n*.pdf\n';

/**
 * How the new deck depends on this package: by version when this package was installed from a registry (it sits in a
 * `node_modules`), else by a `file:` path to this checkout, which is what works for a package that is not published.
 */
export function dependencySpec(packageRoot: string, version: string): string {
  return packageRoot.split(sep).includes('node_modules') ? `^${version}` : `file:${packageRoot}`;
}

/** The new deck's package.json: scripts that run `deck` on its own slides, and this package as its one dependency. */
export function starterPackageJson(name: string, packageRoot: string): string {
  const own = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { name: string; version: string };
  const deck = 'slides/deck.mdx';
  const manifest = {
    name:
      name
        .toLowerCase()
        .replace(/[^a-z0-9-._~]+/g, '-')
        .replace(/^[-._]+|-+$/g, '') || 'my-talk',
    version: '0.1.0',
    private: true,
    type: 'module',
    scripts: { dev: `deck dev ${deck}`, build: `deck build ${deck}`, export: `deck export ${deck}` },
    dependencies: { [own.name]: dependencySpec(packageRoot, own.version) },
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** Entries that make a folder not empty; a missing folder counts as empty. */
function entriesOf(dir: string): string[] {
  if (!existsSync(dir)) return [];
  if (!statSync(dir).isDirectory()) throw new UsageError(`deck init: ${dir} is a file, not a folder: pick a new or empty folder, e.g. deck init my-talk`);
  return readdirSync(dir);
}

/** Writes the starter into `dir` (made if missing); on failure removes what it wrote, so nothing half-made stays. */
export function initDeck(dir: string, packageRoot = PACKAGE_ROOT): string[] {
  const target = resolve(dir);
  const entries = entriesOf(target);
  if (entries.length) {
    const shown = entries.slice(0, 3).join(', ') + (entries.length > 3 ? ', …' : '');
    throw new UsageError(`deck init: ${target} is not empty (${shown}): pick a new or empty folder, e.g. deck init my-talk`);
  }
  const made = existsSync(target) ? undefined : target;
  const files: Record<string, string> = {
    'package.json': starterPackageJson(target.split(sep).pop() ?? 'my-talk', packageRoot),
    '.gitignore': GITIGNORE,
  };
  for (const file of STARTER_FILES) files[file] = readFileSync(join(STARTER, file), 'utf8');
  const written: string[] = [];
  try {
    for (const [file, text] of Object.entries(files)) {
      const path = join(target, file);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text, { flag: 'wx' });
      written.push(path);
    }
  } catch (error) {
    // The folder was missing or empty: whatever is in it now is ours.
    if (made) rmSync(made, { recursive: true, force: true });
    else for (const entry of readdirSync(target)) rmSync(join(target, entry), { recursive: true, force: true });
    throw new UsageError(fileErrorMessage('deck init: cannot write', target, error));
  }
  return written;
}

/** `deck init [dir]`: a starter deck (slides/deck.mdx, package.json with dev/build/export) in a new or empty folder. */
export function registerInit(cli: CAC): void {
  cli.command('init [dir]', 'Scaffold a starter deck in a new or empty folder (default: the current folder)').action((dir: string | undefined) => {
    const target = resolve(dir ?? '.');
    initDeck(target);
    const cd = relative(process.cwd(), target);
    const steps = [...(cd ? [`cd ${cd.includes(' ') ? JSON.stringify(cd) : cd}`] : []), 'npm install', 'npm run dev'];
    process.stdout.write(`Created a deck in ${target}: slides/deck.mdx, package.json, README.md\nNext: ${steps.join(' && ')}\n`);
  });
}
