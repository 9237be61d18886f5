import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Runs `node bin/deck.mjs …` without blocking the worker; never throws, returns the exit code and output. */
export async function deckCli(...args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['bin/deck.mjs', ...args], { maxBuffer: 16 * 1024 * 1024 });
    return { status: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { status: typeof failed.code === 'number' ? failed.code : 1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

/** Builds a deck from source into `.e2e/<name>/` (served by the e2e server); returns the CLI's result. */
export async function buildDeck(name: string, source: string): Promise<{ status: number; stdout: string; stderr: string; file: string; out: string }> {
  const file = join(mkdtempSync(join(tmpdir(), `deck-${name}-`)), `${name}.mdx`);
  writeFileSync(file, source);
  const out = join('.e2e', name);
  rmSync(out, { recursive: true, force: true });
  return { ...(await deckCli('build', file, '--out', out)), file, out };
}
