import { expect, test } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { deckCli } from './deck-cli.ts';

test.describe('deck build', () => {
  test('a broken MDX file fails with file:line:column and the offending line, writing nothing', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'deck-broken-')), 'dist');
    const result = await deckCli('build', 'tests/fixtures/broken/deck.mdx', '--out', out);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/tests\/fixtures\/broken\/deck\.mdx:8:\d+: /);
    expect(result.stderr).toContain('8 |   unterminated {value');
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(existsSync(out)).toBe(false);
  });

  test('a missing file is a one-line error', async () => {
    const result = await deckCli('build', 'no/such/deck.mdx');
    expect(result.status).not.toBe(0);
    expect(result.stderr.trim()).toMatch(/^deck: no such deck file: .*no\/such\/deck\.mdx$/);
  });

  test('--base writes a site for a sub-path with meta tags from the deck', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'deck-base-')), 'dist');
    const result = await deckCli('build', 'tests/fixtures/mdx-deck/deck.mdx', '--out', out, '--base', '/talks/x/');
    expect(result.status).toBe(0);
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    // The entry module, loaded by the start script, from under the sub-path.
    expect(html).toMatch(/startAppAfterFirstPaint[^<]*\("\/talks\/x\/assets\/[^"]+\.js"/);
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(policy).toMatch(/script-src 'self'( 'sha256-[\w+/=]+')+;/);
    expect(policy).not.toContain('unsafe-eval');
  });

  test('the preview image of a slide 1 that throws: the build says so, in one line, and still writes the site', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'deck-og-'));
    const deck = join(dir, 'deck.mdx');
    writeFileSync(deck, "export const Boom = () => { throw new Error('no data for the chart') }\n\n# Title\n\n<Boom />\n\n---\n\n## Two\n");
    const result = await deckCli('build', deck, '--out', join(dir, 'dist'));
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/^deck build: the Open Graph image shows slide 1 with an error: .*no data for the chart/m);
    expect(existsSync(join(dir, 'dist', 'og-image.png'))).toBe(true);
  });
});
