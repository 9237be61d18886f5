import { expect, test } from '@playwright/test';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { deckCli } from './deck-cli.ts';

/** A careless or hostile user's commands: the tool refuses in one line and changes nothing, or does the right thing. */

const DECK = '# Careful\n\n---\n\n## Second\n';
const FAST = ['--quiet', '--no-og-image'];

/** A fresh folder holding `deck.mdx` and a file of the user's that must survive. */
function workspace(source = DECK) {
  const dir = mkdtempSync(join(tmpdir(), 'deck-hostile-'));
  writeFileSync(join(dir, 'deck.mdx'), source);
  writeFileSync(join(dir, 'thesis.txt'), 'years of work');
  return { dir, deck: join(dir, 'deck.mdx') };
}

/** What a folder holds, to compare before and after a refused command. */
const snapshot = (dir: string) =>
  readdirSync(dir, { recursive: true })
    .map(String)
    .sort()
    .map((name) => {
      const path = join(dir, name);
      try {
        return `${name}:${readFileSync(path).toString('base64')}`;
      } catch {
        return `${name}/`;
      }
    });

/** One line, plain text, no stack: what every refusal prints. */
function expectOneLine(stderr: string, pattern: RegExp) {
  const text = stderr.trim();
  expect(text.split('\n'), text).toHaveLength(1);
  expect(text).toMatch(pattern);
  // eslint-disable-next-line no-control-regex -- an escape character is what it looks for: colour codes
  expect(text).not.toMatch(/\x1b\[|^\s+at |UNHANDLEABLE|\.partial/m);
}

test.describe('users’ files are never lost', () => {
  test('build --out . (the deck’s own folder) is refused and deletes nothing', async () => {
    const { dir, deck } = workspace();
    const before = snapshot(dir);
    for (const out of [dir, join(dir, 'sub', '..'), join(dir, '..'), deck, join(deck, 'inside')]) {
      const result = await deckCli('build', deck, '--out', out, '--force', ...FAST);
      expect(result.status, out).not.toBe(0);
      expectOneLine(result.stderr, /^deck build: --out .* (is|holds|is inside) .*: nothing was changed/);
    }
    expect(snapshot(dir)).toEqual(before);
  });

  test('an --out that reaches an input through a link is refused too', async () => {
    const { dir, deck } = workspace();
    const links = mkdtempSync(join(tmpdir(), 'deck-links-'));
    symlinkSync(dir, join(links, 'to-folder'));
    linkSync(deck, join(links, 'hard.pdf'));
    const build = await deckCli('build', deck, '--out', join(links, 'to-folder'), ...FAST);
    expectOneLine(build.stderr, /holds .*deck\.mdx, an input/);
    const exported = await deckCli('export', deck, '--out', join(links, 'hard.pdf'), '--force', '--quiet');
    expectOneLine(exported.stderr, /^deck export: --out .*hard\.pdf is .*deck\.mdx, an input/);
    expect(readFileSync(deck, 'utf8')).toBe(DECK);
  });

  test('a non-empty folder no build wrote is refused; --force replaces it; a marked one is replaced unasked', async () => {
    const { dir, deck } = workspace();
    const out = join(dir, 'site');
    mkdirSync(out);
    writeFileSync(join(out, 'notes.md'), 'mine');
    const refused = await deckCli('build', deck, '--out', out, ...FAST);
    expect(refused.status).not.toBe(0);
    expectOneLine(refused.stderr, /--out .*site is not empty and was not written by deck build .*pass --force/);
    expect(readFileSync(join(out, 'notes.md'), 'utf8')).toBe('mine');

    expect((await deckCli('build', deck, '--out', out, '--force', ...FAST)).status).toBe(0);
    expect(existsSync(join(out, 'notes.md'))).toBe(false);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('<meta name="generator" content="deck" />');
    writeFileSync(deck, '# Rebuilt\n');
    expect((await deckCli('build', deck, '--out', out, ...FAST)).status).toBe(0);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('Rebuilt');
    expect(readdirSync(dir).filter((name) => name.includes('partial'))).toEqual([]);
  });

  test('a failed build leaves the last good site in place', async () => {
    const { dir, deck } = workspace();
    const out = join(dir, 'dist');
    expect((await deckCli('build', deck, '--out', out, ...FAST)).status).toBe(0);
    const good = snapshot(out);
    writeFileSync(deck, "import Chart from 'chart-package-not-installed'\n\n# Broken\n\n<Chart />\n");
    const failed = await deckCli('build', deck, '--out', out, ...FAST);
    expect(failed.status).not.toBe(0);
    expectOneLine(failed.stderr, /deck\.mdx:1:\d+: package chart-package-not-installed is not installed: run `npm install chart-package-not-installed`/);
    expect(snapshot(out)).toEqual(good);
    expect(readdirSync(dir).sort()).toEqual(['deck.mdx', 'dist', 'thesis.txt']);
  });

  test('--out a folder the deck imports from is refused, after the build read it, with nothing changed', async () => {
    const { dir, deck } = workspace("import Badge from './parts/badge.jsx'\n\n# With a part\n\n<Badge />\n");
    mkdirSync(join(dir, 'parts'));
    writeFileSync(join(dir, 'parts', 'badge.jsx'), 'export default function Badge() { return <b>badge</b> }\n');
    const before = snapshot(dir);
    const result = await deckCli('build', deck, '--out', join(dir, 'parts'), '--force', ...FAST);
    expect(result.status).not.toBe(0);
    expectOneLine(result.stderr, /--out .*parts holds .*badge\.jsx, an input of the deck/);
    expect(snapshot(dir)).toEqual(before);
  });

  test('export never overwrites the deck or an import, and asks before replacing a file it did not write', async () => {
    const { dir, deck } = workspace("import Badge from './badge.jsx'\n\n# Export me\n\n<Badge />\n");
    writeFileSync(join(dir, 'badge.jsx'), 'export default function Badge() { return <b>badge</b> }\n');
    const before = snapshot(dir);
    for (const out of [deck, join(dir, 'badge.jsx')]) {
      const result = await deckCli('export', deck, '--out', out, '--force', '--quiet');
      expect(result.status, out).not.toBe(0);
      expectOneLine(result.stderr, /^deck export: --out .* is .*, an input of the deck: nothing was changed/);
    }
    const foreign = await deckCli('export', deck, '--out', join(dir, 'thesis.txt'), '--quiet');
    expectOneLine(foreign.stderr, /--out .*thesis\.txt is a file that deck export did not write: nothing was changed; pass --force/);
    const png = await deckCli('export', deck, '--png', dir, '--quiet');
    expectOneLine(png.stderr, /^deck export: --png .* (is|holds) /);
    expect(snapshot(dir)).toEqual(before);

    const pdf = join(dir, 'talk.pdf');
    expect((await deckCli('export', deck, '--out', pdf, '--quiet')).status).toBe(0);
    expect((await deckCli('export', deck, '--out', pdf, '--quiet')).status).toBe(0);
    expect((await deckCli('export', deck, '--out', join(dir, 'thesis.txt'), '--force', '--quiet')).status).toBe(0);
    expect(readFileSync(join(dir, 'thesis.txt')).subarray(0, 5).toString()).toBe('%PDF-');
  });

  test('export --out folder/ writes <deck>.pdf inside the folder, not a file named like the folder', async () => {
    const { dir, deck } = workspace();
    const result = await deckCli('export', deck, '--out', `${join(dir, 'pdfs')}/`, '--quiet');
    expect(result.status).toBe(0);
    expect(readdirSync(join(dir, 'pdfs'))).toEqual(['deck.pdf']);
  });
});

test.describe('bad flags and paths: one line, exit non-zero, nothing written', () => {
  const cases: [string, string[], RegExp][] = [
    ['a port out of range', ['dev', '--port', '70000'], /^deck dev: --port must be a whole number from 1 to 65535, got "70000"$/],
    ['a port that is not a number', ['dev', '--port', 'abc'], /^deck dev: --port must be a whole number from 1 to 65535, got "abc"$/],
    ['serve on a bad port', ['serve', '.e2e', '--port', '-5'], /^deck serve: --port must be a whole number/],
    ['a negative scale', ['export', 'tests/fixtures/mdx-deck/deck.mdx', '--png', 'x', '--scale', '-1'], /^deck export: --scale must be a number above 0/],
    ['an empty range', ['export', 'tests/fixtures/mdx-deck/deck.mdx', '--range', ''], /^deck export: --range needs a value/],
    ['an empty --out', ['build', 'tests/fixtures/mdx-deck/deck.mdx', '--out='], /^deck build: --out needs a value/],
    ['an unknown option', ['build', 'tests/fixtures/mdx-deck/deck.mdx', '--outt', 'x'], /^deck build: Unknown option --outt \(see deck build --help\)$/],
    ['an unknown command', ['publish'], /^deck: unknown command publish/],
    [
      'serve a folder that is not there',
      ['serve', 'no-such-site'],
      /^deck serve: no such folder: .*no-such-site \(build one with deck build --out no-such-site\)$/,
    ],
  ];
  for (const [name, args, pattern] of cases) {
    test(name, async () => {
      const result = await deckCli(...args);
      expect(result.status).not.toBe(0);
      expectOneLine(result.stderr, pattern);
    });
  }

  test('a folder named like a deck', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'deck-folder-'));
    mkdirSync(join(dir, 'x.mdx'));
    const result = await deckCli('build', join(dir, 'x.mdx'));
    expectOneLine(result.stderr, /x\.mdx is a folder, not a deck file/);
  });

  test('a missing local import is named at the deck’s own line', async () => {
    const { dir, deck } = workspace("# One\n\n---\n\nimport Nope from './nope.jsx'\n\n## Two <Nope />\n");
    const result = await deckCli('build', deck, '--out', join(dir, 'dist'), ...FAST);
    expectOneLine(result.stderr, /deck\.mdx:5:18: cannot find \.\/nope\.jsx \(looked in /);
    expect(result.stderr).not.toContain('deck-part');
    expect(existsSync(join(dir, 'dist'))).toBe(false);
  });

  test('theme-ui (mdx-deck 3–4 brought it along; we ship no stand-in) is named with its install command', async () => {
    const { dir, deck } = workspace("import { ThemeProvider } from 'theme-ui'\n\n# One\n\n<ThemeProvider theme={{}}>themed</ThemeProvider>\n");
    const result = await deckCli('build', deck, '--out', join(dir, 'dist'), ...FAST);
    expect(result.status).not.toBe(0);
    expectOneLine(result.stderr, /deck\.mdx:1:\d+: package theme-ui is not installed: run `npm install theme-ui` in /);
  });

  test('an --out on a read-only file system', async () => {
    const { deck } = workspace();
    const result = await deckCli('build', deck, '--out', '/proc/deck-site', ...FAST);
    expectOneLine(result.stderr, /^deck build: cannot write --out \/proc\/deck-site: /);
  });
});

/** Runs the CLI and hands its process to `act` once `ready` matches stderr or stdout. */
function runUntil(args: string[], ready: (pid: number) => boolean, env: NodeJS.ProcessEnv = process.env) {
  const child = spawn(process.execPath, ['bin/deck.mjs', ...args], { stdio: ['ignore', 'pipe', 'pipe'], env });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout.resume();
  const timer = setInterval(() => {
    if (child.pid && ready(child.pid)) clearInterval(timer);
  }, 50);
  return new Promise<{ code: number | null; stderr: string }>((resolve) =>
    child.on('exit', (code) => {
      clearInterval(timer);
      resolve({ code, stderr });
    }),
  );
}

/** The Chromium processes a CLI process started, if any. */
function chromiumOf(pid: number): number[] {
  try {
    return execFileSync('pgrep', ['-P', String(pid), 'chromium'], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
}

test.describe('an export cut short', () => {
  test('Ctrl-C mid-export exits 130, says so, and leaves nothing behind', async () => {
    const { dir, deck } = workspace();
    const started = Date.now();
    const result = await runUntil(['export', deck, '--out', join(dir, 'talk.pdf'), '--no-cache'], (pid) => {
      if (chromiumOf(pid).length === 0 && Date.now() - started < 20_000) return false;
      process.kill(pid, 'SIGINT');
      return true;
    });
    expect(result.code).toBe(130);
    expect(result.stderr).toMatch(/deck export: interrupted, nothing was changed/);
    expect(result.stderr).not.toMatch(/Protocol error|^\s+at /m);
    expect(readdirSync(dir).sort()).toEqual(['deck.mdx', 'thesis.txt']);
  });

  test('Chromium killed mid-export: one line, no PDF, no profile left in the temp dir', async () => {
    const { dir, deck } = workspace();
    // A temp dir of its own, so other tests' exports running beside it do not count.
    const temp = mkdtempSync(join(tmpdir(), 'deck-killed-'));
    let killed = false;
    const result = await runUntil(
      ['export', deck, '--out', join(dir, 'talk.pdf'), '--no-cache'],
      (pid) => {
        const browsers = chromiumOf(pid);
        for (const browser of browsers) process.kill(browser, 'SIGKILL');
        killed ||= browsers.length > 0;
        return killed;
      },
      { ...process.env, TMPDIR: temp },
    );
    expect(killed).toBe(true);
    expect(result.code).toBe(1);
    expectOneLine(result.stderr.replace(/^.*\r/gm, ''), /^deck export: (Chromium stopped|could not start Chromium)/);
    expect(readdirSync(dir).sort()).toEqual(['deck.mdx', 'thesis.txt']);
    expect(readdirSync(temp)).toEqual([]);
  });
});

test('a user who cannot write the install still exports (caches go to the temp dir)', async () => {
  test.skip(process.getuid?.() !== 0, 'needs root to run the CLI as another user');
  // A checkout inside a private folder (mktemp -d is 0700) cannot be read by another user at all.
  const readable = spawnSync('runuser', ['-u', 'nobody', '--', 'test', '-r', resolve('bin/deck.mjs')]).status === 0;
  test.skip(!readable, 'the checkout is not readable by user nobody');
  const dir = mkdtempSync(join(tmpdir(), 'deck-nobody-'));
  execFileSync('chmod', ['777', dir]);
  writeFileSync(join(dir, 'deck.mdx'), DECK);
  const out = join(dir, 'talk.pdf');
  execFileSync(
    'runuser',
    ['-u', 'nobody', '--', 'env', `HOME=${dir}`, process.execPath, 'bin/deck.mjs', 'export', join(dir, 'deck.mdx'), '--out', out, '--quiet'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
  rmSync(dir, { recursive: true, force: true });
});
