import { resolve } from 'node:path';
import type { CAC } from 'cac';
import type { Browser } from 'playwright-core';
import { writableCacheDir } from '../cache/cache-dir.mjs';
import { buildIntoCache, builtInputs, cachedBuildDir, engineSources, markUsed } from '../cache/build-cache.ts';
import { deckFileFrom, PACKAGE_ROOT } from '../deck-file.ts';
import type { BuiltSite } from '../export/export-deck.ts';
import { exportOptions, type ExportFlags, type ExportOptions } from '../export/export-options.ts';
import { deckInputs, refuseForeignOutput, refuseInputClash } from '../output/output-target.ts';

/**
 * The export's build of a deck, reused from `node_modules/.cache/deck` (the temp dir on a read-only install) while
 * none of the files it was built from changed: building is the longest part of an export.
 */
async function exportSite(deckFile: string, reuse: boolean): Promise<BuiltSite & { inputs: string[] }> {
  const cache = cachedBuildDir(writableCacheDir(resolve(PACKAGE_ROOT, 'node_modules/.cache/deck')), deckFile);
  if (reuse && cache.fresh) {
    markUsed(cache.dir);
    return { dir: cache.dir, reused: true, inputs: builtInputs(cache.dir) };
  }
  const { buildSite } = await import('../vite/build-site.ts');
  const dir = await buildIntoCache(cache.dir, deckFile, engineSources(PACKAGE_ROOT), (outDir, plugin) =>
    buildSite(deckFile, { quiet: true, forExport: true, plugins: [plugin] }, outDir),
  );
  return { dir, reused: false, inputs: builtInputs(dir) };
}

/** Refuses an export target that is or holds one of `inputs`, or that another program wrote (unless `force`). */
function checkExportTarget(options: ExportOptions, inputs: string[], force: boolean): void {
  const { target } = options;
  const [flag, path] = target.kind === 'pdf' ? ['--out', target.file] : ['--png', target.dir];
  refuseInputClash('deck export', flag, path, deckInputs(options.deckFile, PACKAGE_ROOT, inputs));
  refuseForeignOutput('deck export', flag, path, target.kind, force);
}

/** Work `bin/deck.mjs` starts before this module has loaded. */
export interface EarlyStart {
  /** For `deck export`: Chromium, launching while the CLI loads. */
  chromium?: Promise<Browser>;
}

/** `deck export [file]`: PDF or PNGs of the deck's print view, from a cached build when nothing changed. */
export function registerExport(cli: CAC, early: EarlyStart): void {
  cli
    .command('export [file]', 'PDF (or one PNG per slide) of a deck, with a progress bar on stderr')
    .option('--out <file>', 'PDF file, or a folder to put <deck name>.pdf in (default: <deck name>.pdf here)')
    .option('--steps', 'One page per step')
    .option('--notes', 'Each slide beside its notes, one page per slide (remarks marked <SpeakerOnly> left out)')
    .option('--speaker-notes', "Notes with the <SpeakerOnly> remarks too: the speaker's own copy (implies --notes)")
    .option('--handout <n>', 'N slides per A4 page (2, 3, 4 or 6), each with its notes and lines to write on')
    .option('--png <dir>', 'One PNG per slide into this folder instead of a PDF')
    .option('--scale <n>', 'Device pixel ratio of the PNGs, e.g. 2 for retina')
    .option('--range <slides>', 'Only these slides, e.g. 3-10,12', { type: [String] })
    .option('--dark', 'Emulate a dark colour scheme')
    .option('--force', 'Replace --out or --png even if deck export did not write what is there')
    .option('--quiet', 'No progress bar or summary')
    .option('--timeout <ms>', 'How long to wait for the deck to load and settle (default 60000)')
    .option('--no-cache', 'Build the deck afresh even if nothing changed since the last export')
    .action(async (file: string | undefined, flags: ExportFlags & { cache?: boolean; force?: boolean }) => {
      // Kept as text (cac would read `--range ''` as 0); the last one wins, as with every other flag.
      const range = Array.isArray(flags.range) ? (flags.range.at(-1) as string | undefined) : flags.range;
      const options = exportOptions(deckFileFrom(file), { ...flags, range });
      const force = Boolean(flags.force);
      checkExportTarget(options, [], force);
      const site = async () => {
        const built = await exportSite(options.deckFile, flags.cache !== false);
        checkExportTarget(options, built.inputs, force);
        return built;
      };
      // Loaded here, not with the CLI: its browser driver and static server are no other command's.
      const { exportDeck } = await import('../export/export-deck.ts');
      const result = await exportDeck(options, site, early.chromium);
      if (!options.quiet) {
        const { started, deck, browser, rendered, written, reused } = result.timeline;
        const at = (seconds: number) => seconds.toFixed(1);
        process.stdout.write(
          `Wrote ${result.path} (${result.pages} pages) in ${at(result.seconds)} s ` +
            `(CLI loaded at ${at(started)} s, deck ${reused ? 'reused' : 'built'} at ${at(deck)} s, Chromium ready at ${at(browser)} s, slides rendered at ${at(rendered)} s, written at ${at(written)} s)\n`,
        );
      }
    });
}
