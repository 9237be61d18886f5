import { expect, test } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collectErrors, deckState, openDeck } from './deck-page.ts';
import { deckCli } from './deck-cli.ts';

/** Builds a deck from source into `.e2e/<name>/` (served by the e2e server); returns the CLI's result. */
async function buildDeck(name: string, source: string) {
  const file = join(mkdtempSync(join(tmpdir(), 'deck-bad-')), `${name}.mdx`);
  writeFileSync(file, source);
  const out = join('.e2e', name);
  rmSync(out, { recursive: true, force: true });
  const result = await deckCli('build', file, '--out', out);
  return { ...result, file, out };
}

test.describe('bad decks: a clear build error or a sensible deck, never a crash', () => {
  test('unterminated JSX names file:line:column and writes nothing', async () => {
    const result = await buildDeck('bad-jsx', '# Fine\n\n---\n\n## Broken\n\n<Split>\n\n<div>\n');
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain(`${result.file}:`);
    expect(result.stderr).toMatch(/bad-jsx\.mdx:\d+:\d+: /);
    expect(existsSync(result.out)).toBe(false);
  });

  test('a 10 MB slide is refused with a clear message', async () => {
    const result = await buildDeck('bad-huge', `# Huge\n\n${'word '.repeat(2_000_000)}\n`);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/bad-huge\.mdx:1:1: the deck is 9\.5 MB of text, over the 4 MB limit/);
    expect(existsSync(result.out)).toBe(false);
  });

  test('an unknown component: a build warning with file:line:column, and it breaks only its slide', async ({ page }) => {
    const built = await buildDeck('bad-unknown', '# Before\n\n---\n\n## Unknown\n\n<Nope />\n\n---\n\n## After\n');
    expect(built.status).toBe(0);
    expect(built.stderr).toMatch(/^\S*bad-unknown\.mdx:7:1: unknown component <Nope>/m);
    expect(built.stderr.match(/unknown component/g)).toHaveLength(1);
    await openDeck(page, 'bad-unknown', '#/2');
    await expect(page.locator('[data-slide-index="2"] [data-slide-error="2"]')).toContainText('Nope');
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('[data-slide-index="3"] h2')).toHaveText('After');
  });

  test('a bad theme export is ignored', async ({ page }) => {
    const errors = collectErrors(page);
    expect((await buildDeck('bad-theme', "export const theme = { colors: 42, fonts: ['x'] }\n\n# Still fine\n")).status).toBe(0);
    await openDeck(page, 'bad-theme');
    await expect(page.locator('[data-slide-index="1"] h1')).toHaveText('Still fine');
    expect(errors).toEqual([]);
  });

  for (const [name, source] of [
    ['bad-empty', ''],
    ['bad-dashes', '---\n'],
  ] as const) {
    test(`${name}: opens one placeholder slide`, async ({ page }) => {
      expect((await buildDeck(name, source)).status).toBe(0);
      await openDeck(page, name, '#/5');
      expect(await deckState(page)).toMatchObject({ slide: 1, step: 0, slides: 1 });
      await expect(page.locator('[data-slide-index="1"] h1')).toHaveText('This deck has no slides yet');
    });
  }
});
