import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fingerprints } from '../cache/fingerprint.mjs';
import { firstPaintStore, withFirstPaint, type StoredPaint } from './dev-first-paint.ts';

/** A render of `text` that read one source file, and the store file to keep it in. */
function setUp(text = '# One\n') {
  const dir = mkdtempSync(join(tmpdir(), 'dev-first-paint-'));
  const source = join(dir, 'app.tsx');
  writeFileSync(source, 'export const version = 1;');
  const paint: StoredPaint = { text, inputs: fingerprints([source]), paint: { audience: '<h1>One</h1>', read: '<h1>One, read</h1>' }, css: 'h1{color:red}' };
  return { file: join(dir, 'first-paint.json'), source, paint };
}

describe('firstPaintStore', () => {
  it('gives a render back, in this process and the next, for exactly the deck text it was made from', () => {
    const { file, paint } = setUp();
    const store = firstPaintStore(file);
    expect(store.fresh(paint.text)).toBeUndefined();
    store.keep(paint);
    expect(store.fresh(paint.text)).toEqual(paint);
    expect(firstPaintStore(file).fresh(paint.text)).toEqual(paint);
    expect(firstPaintStore(file).fresh('# One, edited\n')).toBeUndefined();
    expect(firstPaintStore(file).fresh(undefined)).toBeUndefined();
  });

  it('gives nothing once a file the render read has changed, in memory too', () => {
    const { file, source, paint } = setUp();
    const store = firstPaintStore(file);
    store.keep(paint);
    writeFileSync(source, 'export const version = 2;');
    expect(store.fresh(paint.text)).toBeUndefined();
    expect(firstPaintStore(file).fresh(paint.text)).toBeUndefined();
  });

  it('keeps a render for the session where the folder cannot be written', () => {
    const { source, paint } = setUp();
    const store = firstPaintStore(join(source, 'not-a-folder', 'first-paint.json'));
    expect(() => store.keep(paint)).not.toThrow();
    expect(store.fresh(paint.text)).toEqual(paint);
  });
});

describe('withFirstPaint', () => {
  it("puts slide 1's markup in the root, the reading view's in a template, and the start CSS at the end of the head", () => {
    const { paint } = setUp();
    const page = withFirstPaint('<html><head><title>T</title></head><body><div id="root"></div></body></html>', paint);
    expect(page).toContain('<div id="root" data-prerendered><h1>One</h1></div>');
    expect(page).toContain('<h1>One, read</h1></template>');
    expect(page).toMatch(/<style id="deck-dev-start-css">h1\{color:red\}<\/style>\s*<\/head>/);
  });
});
