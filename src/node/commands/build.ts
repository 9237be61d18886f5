import { resolve } from 'node:path';
import type { CAC } from 'cac';
import { stagedFolder } from '../cache/atomic-output.mjs';
import { recordInputs } from '../cache/build-cache.ts';
import { deckFileFrom, PACKAGE_ROOT, UsageError } from '../deck-file.ts';
import { fileErrorMessage } from '../errors/file-error.ts';
import { deckInputs, refuseForeignOutput, refuseInputClash } from '../output/output-target.ts';
import type { BuildFlags } from '../vite/build-site.ts';

/**
 * `deck build`: builds beside the target and swaps it in only when complete, so a failed or interrupted build leaves
 * the last good site. Refuses a target that is or holds an input, or a non-empty folder no build of ours wrote.
 */
export async function buildDeck(deckFile: string, flags: BuildFlags): Promise<string> {
  const outDir = resolve(flags.out ?? 'dist');
  const { buildSite, checkedBase } = await import('../vite/build-site.ts');
  checkedBase(flags.base ?? './');
  refuseInputClash('deck build', '--out', outDir, deckInputs(deckFile, PACKAGE_ROOT));
  refuseForeignOutput('deck build', '--out', outDir, 'site', Boolean(flags.force || flags.emptyOut));
  const staged = await stagedFolder(outDir).catch((error: unknown) => {
    throw new UsageError(fileErrorMessage('deck build: cannot write --out', outDir, error));
  });
  try {
    let imported: string[] = [];
    await buildSite(deckFile, { ...flags, plugins: [...(flags.plugins ?? []), recordInputs((files) => (imported = files))] }, staged.path);
    // A component folder given as --out: the build read from it, the swap would delete it.
    refuseInputClash('deck build', '--out', outDir, deckInputs(deckFile, PACKAGE_ROOT, imported));
    await staged.commit().catch((error: unknown) => {
      throw new UsageError(fileErrorMessage('deck build: cannot replace --out', outDir, error));
    });
  } finally {
    await staged.discard();
  }
  return outDir;
}

/** `deck build [file]`: the static site (or one HTML file), replacing `--out` only when complete. */
export function registerBuild(cli: CAC): void {
  cli
    .command('build [file]', 'Build a static site that works from any sub-path and from file://')
    .option('--out <dir>', 'Output folder; replaced whole once the build is complete', { default: 'dist' })
    .option('--base <path>', 'Public base path, e.g. /talks/2-types/', { default: './' })
    .option('--single-file', 'Write one self-contained offline HTML file')
    .option('--force', 'Replace --out even if it holds files that no deck build wrote')
    .option('--empty-out', 'The same as --force')
    .option('--quiet', 'Print only errors')
    .option('--allow-remote', "Allow the remote images, frames, media and fonts the deck names (their origins only) in the page's policy")
    .option('--no-og-image', 'Skip the Open Graph preview image of slide 1 (needs Chromium)')
    .action(async (file: string | undefined, flags: BuildFlags) => {
      if (typeof flags.out !== 'string' || flags.out.trim() === '') throw new UsageError('deck build: --out needs a folder, e.g. --out dist');
      await buildDeck(deckFileFrom(file), { ...flags, out: String(flags.out), base: String(flags.base) });
    });
}
