import { expect, test } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deckCli } from './deck-cli.ts';
import { deckState, openDeck, waitReady } from './deck-page.ts';

/** Beside the e2e server's port and dev-server.spec's (+1026). */
const DEV_PORT = Number(process.env.E2E_PORT ?? 4173) + 1027;

/** A deck folder in the temp dir with these files; returns its path. */
function deckFolder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'deck-include-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

test.describe('<Include>', () => {
  test('splices the included slides in place, nested, with their notes and steps', async ({ page }) => {
    const result = await deckCli('build', 'tests/fixtures/include/deck.mdx', '--out', '.e2e/include');
    expect(result.status, result.stderr).toBe(0);
    await openDeck(page, 'include', '#/2');
    expect(await deckState(page)).toMatchObject({ slide: 2, slides: 4, steps: 3 });
    await expect(page.locator('[data-slide-index="2"] h2')).toHaveText('Included first');
    await openDeck(page, 'include', '', '?mode=read');
    await expect(page.locator('[data-slide-index] h1, [data-slide-index] h2')).toHaveText([
      'Main deck',
      'Included first',
      'Included from the included',
      'Back in the main deck',
    ]);
    await expect(page.getByText('Notes from the included file.')).toBeVisible();
    // Inside a code fence, <Include> is code.
    await expect(page.locator('[data-slide-index="4"] code')).toContainText('<Include src="./not-in-a-fence.mdx" />');
  });

  for (const [name, part, message] of [
    ['a missing file', '## B\n\n<Include src="./nope.mdx" />\n', /b\.mdx:3:1: <Include src="\.\/nope\.mdx" \/>: cannot read .*nope\.mdx: no such file$/],
    ['a cycle', '## B\n\n<Include src="./deck.mdx" />\n', /b\.mdx:3:1: <Include src="\.\/deck\.mdx" \/> makes a cycle: deck\.mdx → b\.mdx → deck\.mdx$/],
    ['bad MDX in the included file', '## B\n\n  unterminated {value\n', /b\.mdx:3:22: Unexpected end of file in expression/],
  ] as const) {
    test(`${name} is one clear error naming the included file's line and column`, async () => {
      const dir = deckFolder({ 'deck.mdx': '# A\n\n---\n\n<Include src="./b.mdx" />\n', 'b.mdx': part });
      const result = await deckCli('build', join(dir, 'deck.mdx'), '--out', join(dir, 'out'));
      expect(result.status).not.toBe(0);
      expect(result.stderr.trim().split('\n')[0]).toMatch(message);
      expect(result.stderr).not.toMatch(/^\s+at /m);
      expect(existsSync(join(dir, 'out'))).toBe(false);
    });
  }

  test.describe('deck dev', () => {
    let server: ChildProcess | undefined;
    test.afterAll(() => {
      server?.kill();
    });

    test('reloads when an included file is saved, shows its errors, recovers on fix', async ({ page }) => {
      test.setTimeout(90_000);
      const dir = deckFolder({ 'deck.mdx': '# Main\n\n---\n\n<Include src="./part.mdx" />\n', 'part.mdx': '## Part, first version\n' });
      server = spawn(process.execPath, ['bin/deck.mjs', 'dev', join(dir, 'deck.mdx'), '--port', String(DEV_PORT)], { stdio: ['ignore', 'pipe', 'pipe'] });
      server.stderr!.resume();
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('dev server did not start')), 30_000);
        server!.stdout!.on('data', (chunk: Buffer) => {
          if (chunk.toString().includes(String(DEV_PORT))) {
            clearTimeout(timer);
            resolve();
          }
        });
      });
      await page.goto(`http://localhost:${DEV_PORT}/#/2`);
      const heading = page.locator('[data-slide-index="2"] h2');
      await expect(heading).toHaveText('Part, first version', { timeout: 20_000 });

      writeFileSync(join(dir, 'part.mdx'), '## Part, second version\n');
      await expect(heading).toHaveText('Part, second version', { timeout: 10_000 });

      writeFileSync(join(dir, 'part.mdx'), '## Part\n\n  {oops\n');
      const overlay = page.locator('vite-error-overlay');
      await expect(overlay).toContainText(/part\.mdx:4:1: Unexpected end of file/, { timeout: 10_000 });

      // A new include of a file not there yet: the error says so, and creating the file fixes the deck.
      writeFileSync(join(dir, 'part.mdx'), '## Part, third version\n\n<Include src="./later.mdx" />\n');
      await expect(overlay).toContainText(/part\.mdx:3:1: <Include src="\.\/later\.mdx" \/>: cannot read/, { timeout: 10_000 });
      writeFileSync(join(dir, 'later.mdx'), '---\n\n## Added later\n');
      await expect(page.locator('[data-slide-index="3"] h2')).toHaveText('Added later', { timeout: 15_000 });
      await expect(overlay).toHaveCount(0);
      await waitReady(page);
    });
  });
});
