import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importErrorMessage, unresolvedImport } from './import-error.ts';

describe('unresolvedImport', () => {
  it("reads Rolldown's UNRESOLVED_IMPORT error, turning its 0-based column 1-based", () => {
    const error = Object.assign(new Error('[UNRESOLVED_IMPORT] Could not resolve'), {
      code: 'UNRESOLVED_IMPORT',
      exporter: './nope.js',
      id: '/d/deck.mdx?deck-part=slide-2',
      loc: { line: 3, column: 14 },
    });
    expect(unresolvedImport(error)).toEqual({ specifier: './nope.js', importer: '/d/deck.mdx?deck-part=slide-2', loc: { line: 3, column: 15 } });
  });

  it('reads a Rolldown error without a location', () => {
    expect(unresolvedImport({ code: 'UNRESOLVED_IMPORT', exporter: 'pkg', id: '/d/deck.mdx' })).toEqual({
      specifier: 'pkg',
      importer: '/d/deck.mdx',
      loc: undefined,
    });
  });

  it('reads Vite\'s "failed to resolve import" message', () => {
    const error = new Error('[vite]: Rolldown failed to resolve import "pkg" from "/d/deck.mdx?deck-part=slide-1".\nThis is most likely unintended');
    expect(unresolvedImport(error)).toEqual({ specifier: 'pkg', importer: '/d/deck.mdx?deck-part=slide-1' });
  });

  it('is undefined for other errors', () => {
    expect(unresolvedImport(new Error('Unexpected character `!`'))).toBeUndefined();
    expect(unresolvedImport({ code: 'UNRESOLVED_IMPORT' })).toBeUndefined();
    expect(unresolvedImport({ code: 'EACCES', path: '/x' })).toBeUndefined();
    expect(unresolvedImport(undefined)).toBeUndefined();
    expect(unresolvedImport(null)).toBeUndefined();
    expect(unresolvedImport('failed')).toBeUndefined();
  });
});

describe('importErrorMessage', () => {
  let dir: string;
  let deck: string;
  const source = [
    '---',
    'title: Talk',
    '---',
    "import Chart from './chart.jsx'",
    "import { thing } from '@scope/pkg/sub'",
    '',
    '# Slide',
    '',
    '<Chart />',
    '',
  ].join('\n');

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'deck-import-'));
    deck = join(dir, 'deck.mdx');
    writeFileSync(deck, source);
  });

  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  // `import Chart from './chart.jsx'`: the quote is the 19th character.
  const chartColumn = "import Chart from '".length;

  it("a missing file is named at the deck's own line, not the compiled part's", () => {
    const message = importErrorMessage({ specifier: './chart.jsx', importer: `${deck}?deck-part=slide-2`, loc: { line: 1, column: 20 } });
    expect(message).toBe(`${deck}:4:${chartColumn}: cannot find ./chart.jsx (looked in ${dir})`);
    expect(message).not.toContain('?deck-part');
  });

  it('a missing file reached through the Rolldown error reads the same', () => {
    const found = unresolvedImport({ code: 'UNRESOLVED_IMPORT', exporter: './chart.jsx', id: `${deck}?deck-part=slide-2`, loc: { line: 1, column: 18 } });
    expect(importErrorMessage(found!)).toBe(`${deck}:4:${chartColumn}: cannot find ./chart.jsx (looked in ${dir})`);
  });

  it("a location in a compiled part is not taken for the deck's own when the import is not found in the deck", () => {
    const message = importErrorMessage({ specifier: './elsewhere.js', importer: `${deck}?deck-part=slide-2`, loc: { line: 1, column: 20 } });
    expect(message).toBe(`${deck}: cannot find ./elsewhere.js (looked in ${dir})`);
  });

  it('a missing scoped package says which package to install, and where', () => {
    const message = importErrorMessage({ specifier: '@scope/pkg/sub', importer: `${deck}?deck-part=slide-1` });
    expect(message).toBe(`${deck}:5:${"import { thing } from '".length}: package @scope/pkg is not installed: run \`npm install @scope/pkg\` in ${dir}`);
  });

  it('a missing unscoped package names the package, not its subpath', () => {
    const message = importErrorMessage({ specifier: 'pkg/deep/file.js', importer: `${deck}?deck-part=slide-1` });
    expect(message).toBe(`${deck}: package pkg is not installed: run \`npm install pkg\` in ${dir}`);
  });

  it('a deck that is gone is named without a place, never with ?deck-part', () => {
    const gone = join(dir, 'gone.mdx');
    expect(importErrorMessage({ specifier: 'pkg', importer: `${gone}?deck-part=slide-1`, loc: { line: 3, column: 15 } })).toBe(
      `${gone}: package pkg is not installed: run \`npm install pkg\` in ${dir}`,
    );
  });

  it('a plain importer that cannot be read keeps the location it came with', () => {
    const component = join(dir, 'gone.jsx');
    expect(importErrorMessage({ specifier: './nope.js', importer: component, loc: { line: 3, column: 15 } })).toBe(
      `${component}:3:15: cannot find ./nope.js (looked in ${dir})`,
    );
  });
});
