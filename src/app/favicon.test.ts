import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);

/** The drawing as index.html carries it: no comments, no whitespace between tags, single quotes. */
const compact = (svg: string) =>
  svg
    .replace(/\s*<!--[\s\S]*?-->\s*/g, '')
    .replace(/>\s+</g, '><')
    .trim()
    .replace(/"/g, "'");

describe('favicon', () => {
  it('is public/favicon.svg, inlined into the page so it costs no request (and works from file://)', () => {
    const html = readFileSync(new URL('index.html', root), 'utf8');
    const href = /<link\s+rel="icon"\s+href="data:image\/svg\+xml,([^"]+)"/.exec(html)?.[1];
    expect(href).toBeDefined();
    expect(decodeURIComponent(href ?? '')).toBe(compact(readFileSync(new URL('public/favicon.svg', root), 'utf8')));
  });
});
