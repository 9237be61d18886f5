import { describe, expect, it } from 'vitest';
import { fileErrorMessage, firstLine } from './file-error.ts';

/** A Node-style file system error, as fs throws it. */
const fsError = (code: string, message = `${code}: something, open '/x/.out.pdf.1.partial'`) =>
  Object.assign(new Error(message), { code, path: '/x/.out.pdf.1.partial' });

describe('fileErrorMessage', () => {
  it.each([
    ['EACCES', 'permission denied'],
    ['EROFS', 'the file system is read-only'],
    ['ENOSPC', 'no space left on the device'],
    ['ENOTDIR', 'a part of the path is a file, not a folder'],
  ])('%s is said in words, naming the path it was given (not the one in the error)', (code, reason) => {
    expect(fileErrorMessage('deck build: cannot write --out', '/srv/site', fsError(code))).toBe(`deck build: cannot write --out /srv/site: ${reason}`);
  });

  it("an unknown code falls back to the error's first line", () => {
    const error = fsError('EWEIRD', 'EWEIRD: the disk sneezed\n    at open (node:fs:1:1)');
    expect(fileErrorMessage('deck export: cannot write --out', '/x/out.pdf', error)).toBe(
      'deck export: cannot write --out /x/out.pdf: EWEIRD: the disk sneezed',
    );
  });

  it('an error without a code, or not an Error at all, falls back to its first line', () => {
    expect(fileErrorMessage('deck build: cannot write --out', 'dist', new Error('boom\nmore'))).toBe('deck build: cannot write --out dist: boom');
    expect(fileErrorMessage('deck build: cannot write --out', 'dist', 'plain text')).toBe('deck build: cannot write --out dist: plain text');
    expect(fileErrorMessage('deck build: cannot write --out', 'dist', null)).toBe('deck build: cannot write --out dist: null');
  });
});

describe('firstLine', () => {
  it("strips the bundler's [CODE] prefix", () => {
    expect(firstLine(new Error('[UNRESOLVED_IMPORT] Could not resolve "x"'))).toBe('Could not resolve "x"');
    expect(firstLine(new Error('[plugin:vite:mdx] Unexpected character'))).toBe('Unexpected character');
  });

  it('keeps only the first non-empty line', () => {
    expect(firstLine(new Error('\n  \nfirst real line\nsecond line\n    at frame (file.js:1:1)'))).toBe('first real line');
  });

  it('reads non-Error values as text', () => {
    expect(firstLine('one\ntwo')).toBe('one');
    expect(firstLine(42)).toBe('42');
  });
});
