import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { stagedFolder, writeFileAtomically } from './atomic-output.mjs';

let root: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'deck-atomic-'));
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

/** Every file under `dir` with its text, so a folder can be compared before and after. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const path = join(dir, name);
    files[name] = statSync(path).isDirectory() ? '<dir>' : readFileSync(path, 'utf8');
  }
  return files;
}

/** A target folder that a previous build wrote. */
function oldSite(): string {
  const dist = join(root, 'dist');
  mkdirSync(join(dist, 'assets'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), 'old index');
  writeFileSync(join(dist, 'stale.js'), 'old only');
  writeFileSync(join(dist, 'assets', 'old.css'), 'old css');
  return dist;
}

describe('stagedFolder', () => {
  it('stages in a hidden sibling of the target (same folder, name starting with a dot)', async () => {
    const staged = await stagedFolder(join(root, 'dist'));
    expect(dirname(staged.path)).toBe(root);
    expect(basename(staged.path)).toMatch(/^\.dist\.partial-/);
    expect(statSync(staged.path).isDirectory()).toBe(true);
    await staged.discard();
  });

  it('creates missing parent folders of the target', async () => {
    const staged = await stagedFolder(join(root, 'a', 'b', 'dist'));
    expect(dirname(staged.path)).toBe(join(root, 'a', 'b'));
    await staged.discard();
  });

  it('before commit the target keeps its old files', async () => {
    const dist = oldSite();
    const before = snapshot(dist);
    const staged = await stagedFolder(dist);
    writeFileSync(join(staged.path, 'index.html'), 'new index');
    expect(snapshot(dist)).toEqual(before);
    await staged.discard();
  });

  it('commit replaces the target whole: files only in the old build are gone, the new ones are there', async () => {
    const dist = oldSite();
    const staged = await stagedFolder(dist);
    mkdirSync(join(staged.path, 'assets'));
    writeFileSync(join(staged.path, 'index.html'), 'new index');
    writeFileSync(join(staged.path, 'assets', 'new.css'), 'new css');
    await staged.commit();
    expect(snapshot(dist)).toEqual({ 'index.html': 'new index', assets: '<dir>', [join('assets', 'new.css')]: 'new css' });
    // Neither the staging folder nor the retired old build is left beside it.
    expect(readdirSync(root)).toEqual(['dist']);
  });

  it('commit creates the target when there was none', async () => {
    const staged = await stagedFolder(join(root, 'dist'));
    writeFileSync(join(staged.path, 'index.html'), 'new');
    await staged.commit();
    expect(snapshot(join(root, 'dist'))).toEqual({ 'index.html': 'new' });
    expect(readdirSync(root)).toEqual(['dist']);
  });

  it('discard leaves the target exactly as it was and removes the staging folder', async () => {
    const dist = oldSite();
    const before = snapshot(dist);
    const staged = await stagedFolder(dist);
    writeFileSync(join(staged.path, 'index.html'), 'half-written');
    await staged.discard();
    expect(snapshot(dist)).toEqual(before);
    expect(existsSync(staged.path)).toBe(false);
    expect(readdirSync(root)).toEqual(['dist']);
  });

  it('discard after commit (as a finally block does) keeps the committed target', async () => {
    const staged = await stagedFolder(join(root, 'dist'));
    writeFileSync(join(staged.path, 'index.html'), 'new');
    await staged.commit();
    await staged.discard();
    expect(snapshot(join(root, 'dist'))).toEqual({ 'index.html': 'new' });
  });

  it("gives the staged folder the usual mode (0777 & ~umask), not mkdtemp's private 0700", async () => {
    const staged = await stagedFolder(join(root, 'dist'));
    const mode = statSync(staged.path).mode & 0o777;
    expect(mode).toBe(0o777 & ~process.umask());
    if (process.umask() !== 0o077) expect(mode).not.toBe(0o700);
    await staged.discard();
  });
});

describe('writeFileAtomically', () => {
  it('writes the file whole and leaves no .partial file beside it', async () => {
    const file = join(root, 'out.pdf');
    writeFileSync(file, 'old');
    writeFileAtomically(file, Buffer.from('new pdf'));
    expect(readFileSync(file, 'utf8')).toBe('new pdf');
    expect(readdirSync(root)).toEqual(['out.pdf']);
  });

  it('creates missing parent folders', async () => {
    const file = join(root, 'a', 'b', 'out.pdf');
    writeFileAtomically(file, Buffer.from('x'));
    expect(readFileSync(file, 'utf8')).toBe('x');
    expect(readdirSync(join(root, 'a', 'b'))).toEqual(['out.pdf']);
  });

  it('when the write fails (the target is an existing folder) it throws, leaves the folder untouched and no .partial file', async () => {
    const target = join(root, 'out.pdf');
    mkdirSync(target);
    writeFileSync(join(target, 'keep.txt'), 'keep');
    expect(() => writeFileAtomically(target, Buffer.from('new pdf'))).toThrow();
    expect(snapshot(target)).toEqual({ 'keep.txt': 'keep' });
    expect(readdirSync(root)).toEqual(['out.pdf']);
  });
});
