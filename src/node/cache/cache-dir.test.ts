import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writableCacheDir } from './cache-dir.mjs';

describe('writableCacheDir', () => {
  it('makes and returns the preferred folder when it can', () => {
    const preferred = join(mkdtempSync(join(tmpdir(), 'deck-cache-dir-')), 'node_modules/.cache/deck');
    expect(writableCacheDir(preferred)).toBe(preferred);
    expect(existsSync(preferred)).toBe(true);
  });

  it('falls back to one temp folder per preferred path when that cannot be made (a read-only install)', () => {
    const root = mkdtempSync(join(tmpdir(), 'deck-cache-dir-'));
    writeFileSync(join(root, 'node_modules'), 'a file where the folder should be');
    const preferred = join(root, 'node_modules/.cache/deck');
    const fallback = writableCacheDir(preferred);
    expect(fallback.startsWith(tmpdir())).toBe(true);
    expect(fallback).not.toBe(preferred);
    expect(existsSync(fallback)).toBe(true);
    expect(writableCacheDir(preferred)).toBe(fallback);
    const other = writableCacheDir(join(root, 'node_modules/.cache/deck/cli'));
    expect(other).not.toBe(fallback);
    for (const dir of [root, fallback, other]) rmSync(dir, { recursive: true, force: true });
  });
});
