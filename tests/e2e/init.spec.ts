import { expect, test } from '@playwright/test';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { deckCli } from './deck-cli.ts';

const run = promisify(execFile);

test.describe('deck init', () => {
  test('scaffolds a deck that installs and builds with its own npm scripts', async () => {
    test.setTimeout(180_000);
    const dir = join(mkdtempSync(join(tmpdir(), 'deck-init-')), 'my talk');
    const result = await deckCli('init', dir);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('npm install && npm run dev');
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    expect(manifest.name).toBe('my-talk');
    expect(Object.keys(manifest.scripts)).toEqual(['dev', 'build', 'export']);
    expect(manifest.dependencies.deck).toBe(`file:${process.cwd()}`);
    const deck = readFileSync(join(dir, 'slides/deck.mdx'), 'utf8');
    for (const feature of ['<Notes>', '<Steps>', '```ts', '$$']) expect(deck).toContain(feature);

    // What the user does next, offline: the file: dependency links this checkout.
    await run('npm', ['install', '--offline', '--no-audit', '--no-fund'], { cwd: dir });
    await run('npm', ['run', 'build'], { cwd: dir });
    expect(readFileSync(join(dir, 'dist/index.html'), 'utf8')).toContain('<title>My talk</title>');
  });

  test('refuses a folder that is not empty, in one line, and changes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'deck-init-full-'));
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    mkdirSync(join(dir, 'slides'));
    const result = await deckCli('init', dir);
    expect(result.status).not.toBe(0);
    expect(result.stderr.trim()).toMatch(/^deck init: .* is not empty \(.*notes\.txt.*\): pick a new or empty folder/);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(readdirSync(dir).sort()).toEqual(['notes.txt', 'slides']);
    expect(readdirSync(join(dir, 'slides'))).toEqual([]);
    expect(existsSync(join(dir, 'package.json'))).toBe(false);
  });

  test('defaults to the current folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'deck-init-here-'));
    const { stdout } = await run(process.execPath, [join(process.cwd(), 'bin/deck.mjs'), 'init'], { cwd: dir });
    expect(stdout).toContain(`Created a deck in ${dir}`);
    expect(readdirSync(dir).sort()).toEqual(['.gitignore', 'README.md', 'package.json', 'slides']);
  });
});
