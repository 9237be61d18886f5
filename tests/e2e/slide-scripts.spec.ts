import { expect, test } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deckCli } from './deck-cli.ts';
import { collectErrors, expectAt, openDeck } from './deck-page.ts';

/** A deck with a `<script>` on slides 1 and 3 (lines 3 and 15), or the same lines blank. */
function source(withScripts: boolean): string {
  const script = (body: string) => (withScripts ? `<script>${body}</script>` : '');
  return [
    '# One',
    '',
    script('window.pwned = 1'),
    '',
    '---',
    '',
    '## Two',
    '',
    'Nothing here.',
    '',
    '---',
    '',
    '## Three',
    '',
    script('window.pwned = 3'),
    '',
  ].join('\n');
}

async function build(name: string, text: string) {
  const file = join(mkdtempSync(join(tmpdir(), 'deck-scripts-')), `${name}.mdx`);
  writeFileSync(file, text);
  const out = join('.e2e', name);
  rmSync(out, { recursive: true, force: true });
  return { ...(await deckCli('build', file, '--out', out, '--no-og-image')), file, out };
}

const policyHashes = (html: string) => (/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '').match(/'sha256-/g)?.length ?? 0;

test.describe('<script> in a slide: one rule for every slide', () => {
  test('a warning for each, removed from the build, never hashed, never run', async ({ page }) => {
    const [scripted, plain] = await Promise.all([build('slide-scripts', source(true)), build('slide-scripts-none', source(false))]);
    expect(scripted.status).toBe(0);
    expect(plain.status).toBe(0);
    expect(scripted.stderr).toContain(`${scripted.file}:3:1: <script> in a slide is not run: `);
    expect(scripted.stderr).toContain(`${scripted.file}:15:1: <script> in a slide is not run: `);
    // Once per build, though the site, its prerender and its offline copy each load the deck.
    expect(scripted.stderr.match(/<script> in a slide/g)).toHaveLength(2);
    expect(plain.stderr).not.toContain('<script>');

    for (const page of ['index.html', 'offline.html']) {
      const html = readFileSync(join(scripted.out, page), 'utf8');
      expect(html, page).not.toContain('pwned');
      expect(policyHashes(html), page).toBe(policyHashes(readFileSync(join(plain.out, page), 'utf8')));
    }
    expect(policyHashes(readFileSync(join(plain.out, 'index.html'), 'utf8'))).toBeGreaterThan(0);

    const errors = collectErrors(page);
    await openDeck(page, 'slide-scripts', '#/1');
    expect(await page.evaluate(() => 'pwned' in window)).toBe(false);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expectAt(page, 3);
    await expect(page.locator('[data-slide-index="3"] h2')).toHaveText('Three');
    expect(await page.evaluate(() => 'pwned' in window)).toBe(false);
    expect(await page.locator('#root script').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
