import { describe, expect, it } from 'vitest';
import { deckOutput, outputValue, type DeckOutput } from './deck-output.ts';

describe('deckOutput', () => {
  it('reads DECK_OUTPUT: unset is the site with its offline copy', () => {
    expect(deckOutput(undefined)).toEqual({ kind: 'site' });
    expect(deckOutput('')).toEqual({ kind: 'site' });
    expect(deckOutput('print')).toEqual({ kind: 'print' });
    expect(deckOutput('single-file')).toEqual({ kind: 'single-file', fileName: 'index.html' });
    expect(deckOutput('single-file:offline.html')).toEqual({ kind: 'single-file', fileName: 'offline.html' });
  });
  it('round-trips through outputValue, as the nested offline build relies on', () => {
    const outputs: DeckOutput[] = [{ kind: 'site' }, { kind: 'print' }, { kind: 'single-file', fileName: 'offline.html' }];
    for (const output of outputs) expect(deckOutput(outputValue(output))).toEqual(output);
  });
  it('rejects anything else, including a file name with a folder in it', () => {
    expect(() => deckOutput('pdf')).toThrow(/DECK_OUTPUT: expected/);
    expect(() => deckOutput('single-file:../x.html')).toThrow(/DECK_OUTPUT/);
  });
});
