import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../deck-file.ts';
import { dependencySpec, initDeck, starterPackageJson } from './init.ts';

describe('deck init', () => {
  it('depends on a checkout by file: path, on an installed package by version', () => {
    expect(dependencySpec('/home/me/deck', '0.1.0')).toBe('file:/home/me/deck');
    expect(dependencySpec('/home/me/talk/node_modules/deck', '0.1.0')).toBe('^0.1.0');
  });

  it('names the package after the folder, as npm allows', () => {
    expect(JSON.parse(starterPackageJson('My Talk!', PACKAGE_ROOT)).name).toBe('my-talk');
    expect(JSON.parse(starterPackageJson('...', PACKAGE_ROOT)).name).toBe('my-talk');
  });

  it('writes the starter into a missing folder and refuses a full one', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'deck-init-unit-')), 'new');
    initDeck(dir);
    expect(readdirSync(dir).sort()).toEqual(['.gitignore', 'README.md', 'package.json', 'slides']);
    expect(() => initDeck(dir)).toThrow(/is not empty/);
    const file = join(dir, 'package.json');
    writeFileSync(file, '{}');
    expect(() => initDeck(file)).toThrow(/is a file, not a folder/);
  });
});
