import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** One deck of tests/corpus/: its file, the slide count mdx-deck gave it (one more than its `---` separators). */
export interface CorpusDeck {
  name: string;
  file: string;
  slides: number;
}

/** Real mdx-deck decks, kept unmodified (see each folder's SOURCE.md). */
export const CORPUS: CorpusDeck[] = [
  { name: 'react-global-2021', file: 'react-global-2021/src/deck.mdx', slides: 14 },
  { name: 'fp-ts', file: 'fp-ts/deck.mdx', slides: 78 },
  { name: 'birdness', file: 'birdness/deck.mdx', slides: 46 },
  { name: 'symbols', file: 'symbols/deck.mdx', slides: 24 },
  { name: 'codemods-ast', file: 'codemods/packages/ast/deck.mdx', slides: 15 },
  { name: 'codemods-react-europe', file: 'codemods/packages/react-europe-summary/deck.mdx', slides: 17 },
  { name: 'mdx-deck-demo', file: 'mdx-deck-docs/demo.mdx', slides: 16 },
  ...(
    [
      ['aspect-ratio', 3],
      ['basic', 2],
      ['head', 2],
      ['header-footer', 2],
      ['images', 2],
      ['layouts', 6],
      ['prism', 2],
      ['steps', 3],
      ['syntax-highlighting', 2],
    ] as const
  ).map(([name, slides]) => ({ name: `example-${name}`, file: `mdx-deck-examples/${name}/deck.mdx`, slides })),
];

const CORPUS_DIR = resolve('tests/corpus');

/**
 * What the decks' own package.json files declare beyond what we provide (mdx-deck, its themes, React, emotion) is a
 * pinned devDependency of ours (styled-system, for mdx-deck's demo), found from the corpus by Node's own lookup; left
 * here is the codemods repo's yarn workspace link.
 */
export function prepareCorpus(): void {
  const link = join(CORPUS_DIR, 'codemods/node_modules/shared');
  if (!existsSync(link)) {
    mkdirSync(join(CORPUS_DIR, 'codemods/node_modules'), { recursive: true });
    symlinkSync('../packages/shared', link);
  }
}

/** Builds one corpus deck into `.e2e/corpus-<name>/`; never throws. */
export async function buildCorpusDeck(deck: CorpusDeck): Promise<{ status: number; output: string }> {
  const out = join('.e2e', `corpus-${deck.name}`);
  rmSync(out, { recursive: true, force: true });
  try {
    const { stdout, stderr } = await run(process.execPath, ['bin/deck.mjs', 'build', join(CORPUS_DIR, deck.file), '--out', out, '--no-og-image'], {
      maxBuffer: 16 * 1024 * 1024,
    });
    return { status: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { status: typeof failed.code === 'number' ? failed.code : 1, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  }
}
