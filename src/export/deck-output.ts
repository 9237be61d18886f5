/** The environment variable the CLI sets to say what a build writes (read by vite.config.ts, like DECK_FILE). */
export const OUTPUT_VARIABLE = 'DECK_OUTPUT';

/**
 * What a build writes: the site with its offline copy beside it (default); the site for `deck export` to print (no
 * copy, one script: loaded all at once, minified because exports reuse the build and parse it every time); or one
 * self-contained HTML file.
 */
export type DeckOutput = { kind: 'site' } | { kind: 'print' } | { kind: 'single-file'; fileName: string };

/** Reads DECK_OUTPUT: unset → site + offline copy; `print` → the site for export; `single-file[:name.html]` → one HTML file. */
export function deckOutput(value: string | undefined): DeckOutput {
  if (!value) return { kind: 'site' };
  if (value === 'print') return { kind: 'print' };
  const [kind, fileName = 'index.html'] = value.split(':');
  if (kind === 'single-file' && /^[^/\\]+\.html$/.test(fileName)) return { kind: 'single-file', fileName };
  throw new Error(`${OUTPUT_VARIABLE}: expected "print" or "single-file[:name.html]", got "${value}"`);
}

/** The DECK_OUTPUT value for an output: what the CLI (and the offline copy's nested build) sets. */
export function outputValue(output: DeckOutput): string {
  return output.kind === 'single-file' ? `single-file:${output.fileName}` : output.kind === 'print' ? 'print' : '';
}
