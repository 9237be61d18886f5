import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stagedFolder } from '../cache/atomic-output.mjs';
import { ExportError } from '../export/export-error.ts';
import { OutputRefused } from '../output/output-target.ts';
import { UsageError } from '../deck-file.ts';
import { userMessage } from './user-message.ts';

/** An error whose stack and message both carry frames, as a bundler's do. */
const withStack = <E extends Error>(error: E): E => {
  error.stack = `${error.name}: ${error.message}\n    at load (file:///x/node_modules/rolldown/dist/index.js:1:1)\n    at async main (file:///x/bin/deck.mjs:2:2)`;
  return error;
};

const STACK = '    at ';

describe('userMessage', () => {
  it('our own errors pass through unchanged, an MDX code frame included', () => {
    const frame = 'deck.mdx:3:5: Unexpected character `!`\n  2 | # Slide\n> 3 | <Foo!>\n    |     ^';
    expect(userMessage('deck build', withStack(new UsageError(frame)))).toBe(frame);
    expect(userMessage('deck export', withStack(new ExportError('deck export: slide 3 did not render\nsee above')))).toBe(
      'deck export: slide 3 did not render\nsee above',
    );
    expect(userMessage('deck build', new OutputRefused('deck build: --out dist holds deck.mdx'))).toBe('deck build: --out dist holds deck.mdx');
  });

  it('an error with a location (a compile error) passes through', () => {
    const error = Object.assign(new Error('/d/deck.mdx:2:1: Could not parse expression\n> 2 | {'), { loc: { line: 2, column: 1 } });
    expect(userMessage('deck build', error)).toBe('/d/deck.mdx:2:1: Could not parse expression\n> 2 | {');
  });

  it("the flag parser's error is one line pointing at --help, without its backticks", () => {
    const error = Object.assign(new Error('Unknown option `--fast`'), { name: 'CACError' });
    const message = userMessage('deck build', withStack(error));
    expect(message).toBe('deck build: Unknown option --fast (see deck build --help)');
    expect(message).not.toContain('`');
  });

  it('names an unknown option in kebab-case, as flags are written, not in the camelCase cac reports it in', () => {
    const error = Object.assign(new Error('Unknown option `--allowRemot`'), { name: 'CACError' });
    expect(userMessage('deck dev', error)).toBe('deck dev: Unknown option --allow-remot (see deck dev --help)');
  });

  it('a browser that went away under Playwright is the Chromium-stopped line', () => {
    const error = withStack(new Error('page.pdf: Target page, context or browser has been closed\nCall log:\n  - waiting for page'));
    expect(userMessage('deck export', error)).toBe(
      'deck export: Chromium stopped before the command finished (killed, crashed or out of memory): nothing was written; run it again',
    );
  });

  it('a file error on our temporary .partial file names the file the user asked for', () => {
    const error = Object.assign(new Error("EROFS: read-only file system, open '/x/.out.pdf.123.partial'"), { code: 'EROFS', path: '/x/.out.pdf.123.partial' });
    const message = userMessage('deck export', withStack(error));
    expect(message).toBe('deck export: cannot use /x/out.pdf: the file system is read-only');
    expect(message).not.toContain('partial');
  });

  it("a file error on a staged folder (mkdtemp's .name.partial-XXXXXX) names the folder the user asked for", () => {
    const error = Object.assign(new Error("EROFS: read-only file system, mkdtemp '/x/.slides.partial-ixPQ0G'"), {
      code: 'EROFS',
      path: '/x/.slides.partial-ixPQ0G',
    });
    const message = userMessage('deck export', error);
    expect(message).toBe('deck export: cannot use /x/slides: the file system is read-only');
    expect(message).not.toContain('partial');
  });

  it('a file error inside a staged folder names the file where the user will find it', () => {
    const error = Object.assign(new Error("ENOSPC: no space left on device, write '/x/.slides.partial-ixPQ0G/slide-03.png'"), {
      code: 'ENOSPC',
      path: '/x/.slides.partial-ixPQ0G/slide-03.png',
    });
    expect(userMessage('deck export', error)).toBe('deck export: cannot use /x/slides/slide-03.png: no space left on the device');
  });

  it('a real failure to stage a folder names the target, not the staging folder', async () => {
    const root = mkdtempSync(join(tmpdir(), 'deck-message-'));
    try {
      // The target's name fits (240 < 255), the staging folder's `.<name>.partial-XXXXXX` does not: mkdtemp fails.
      const target = join(root, 's'.repeat(240));
      const error = await stagedFolder(target).then(
        () => undefined,
        (failure: unknown) => failure,
      );
      expect((error as { code?: string }).code).toBe('ENAMETOOLONG');
      expect(userMessage('deck export', error)).toBe(`deck export: cannot use ${target}: the name is too long`);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('a file error on any other path names that path', () => {
    const error = Object.assign(new Error("ENOSPC: no space left on device, write '/x/out.pdf'"), { code: 'ENOSPC', path: '/x/out.pdf' });
    expect(userMessage('deck export', error)).toBe('deck export: cannot use /x/out.pdf: no space left on the device');
  });

  it('anything else is the command and the first line', () => {
    expect(userMessage('deck build', withStack(new Error('[PLUGIN_ERROR] something broke\nmore detail')))).toBe('deck build: something broke');
    expect(userMessage('deck', 'a thrown string')).toBe('deck: a thrown string');
  });

  it('never contains a stack trace', () => {
    const errors: unknown[] = [
      withStack(new Error('boom')),
      withStack(new Error(`boom\n${STACK}inner (file.js:1:1)`)),
      withStack(Object.assign(new Error('Unknown option `--x`'), { name: 'CACError' })),
      withStack(new Error(`Protocol error (Page.printToPDF): Target closed\n${STACK}x (y.js:1:1)`)),
      withStack(Object.assign(new Error(`EACCES: permission denied\n${STACK}open`), { code: 'EACCES', path: '/x/out.pdf' })),
      withStack(Object.assign(new Error(`EWEIRD: odd\n${STACK}open`), { code: 'EWEIRD', path: '/x/out.pdf' })),
    ];
    for (const error of errors) {
      const message = userMessage('deck export', error);
      expect(message).not.toContain(STACK);
      expect(message).not.toContain('\n');
    }
  });
});
