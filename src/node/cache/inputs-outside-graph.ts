/** Files read to build a deck that are not modules of the bundle (a deck's `<Include>`d files), in this process. */
const read: Set<string> = ((globalThis as { __deckInputsOutsideGraph?: Set<string> }).__deckInputsOutsideGraph ??= new Set());

/** Notes files a build read without importing them: the export cache fingerprints them, outputs may not replace them. */
export function noteInputs(files: readonly string[]): void {
  for (const file of files) read.add(file);
}

/** Every file noted by `noteInputs` so far. */
export function inputsOutsideGraph(): string[] {
  return [...read];
}
