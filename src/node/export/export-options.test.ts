import { describe, expect, it } from 'vitest';
import { DEFAULT_TIMEOUT, exportOptions, shownPath } from './export-options.ts';

const deck = '/talks/slides/deck.mdx';
const cwd = '/home/me';

describe('exportOptions', () => {
  it('defaults to <deck name>.pdf in the current folder, all slides, light, 60 s', () => {
    expect(exportOptions(deck, {}, cwd)).toEqual({
      deckFile: deck,
      target: { kind: 'pdf', file: '/home/me/deck.pdf' },
      steps: false,
      notes: false,
      handout: null,
      speakerNotes: false,
      range: null,
      dark: false,
      quiet: false,
      timeout: DEFAULT_TIMEOUT,
    });
  });

  it('reads every flag, numbers given as text or as numbers', () => {
    const options = exportOptions(deck, { out: 'out/talk.pdf', notes: true, handout: '4', range: 7, dark: true, quiet: true, timeout: 5000 }, cwd);
    expect(options).toMatchObject({
      target: { kind: 'pdf', file: '/home/me/out/talk.pdf' },
      notes: true,
      handout: 4,
      range: '7',
      dark: true,
      quiet: true,
      timeout: 5000,
    });
    expect(exportOptions(deck, { png: 'shots', scale: '2', steps: true }, cwd)).toMatchObject({
      target: { kind: 'png', dir: '/home/me/shots', scale: 2 },
      steps: true,
    });
    expect(exportOptions(deck, { speakerNotes: true }, cwd)).toMatchObject({ notes: true, speakerNotes: true });
    expect(exportOptions(deck, { speakerNotes: true, handout: 3 }, cwd)).toMatchObject({ notes: false, handout: 3, speakerNotes: true });
    expect(exportOptions(deck, { png: 'shots' }, cwd).target).toEqual({ kind: 'png', dir: '/home/me/shots', scale: 1 });
  });

  it('says what is wrong with a flag, one message each', () => {
    const cases: [Parameters<typeof exportOptions>[1], RegExp][] = [
      [{ handout: 5 }, /--handout must be one of 2, 3, 4, 6, got 5/],
      [{ handout: 4, steps: true }, /--handout prints whole slides; it does not combine with --steps/],
      [{ range: '3-x' }, /--range: bad slide range "3-x"/],
      [{ range: '9-2' }, /--range: bad slide range "9-2": 9 is after 2/],
      [{ timeout: 'soon' }, /--timeout must be a number above 0 and at most 3600000, got soon/],
      [{ timeout: 0 }, /--timeout must be a number above 0/],
      [{ png: 'x', scale: 9 }, /--scale must be a number above 0 and at most 4, got 9/],
      [{ scale: 2 }, /--scale applies to --png images only/],
      [{ png: 'x', out: 'y.pdf' }, /use --out for a PDF or --png <dir> for images, not both/],
      [{ png: true as unknown as string }, /--png needs a folder/],
      [{ out: true as unknown as string }, /--out needs a file name/],
    ];
    for (const [flags, message] of cases) expect(() => exportOptions(deck, flags, cwd), JSON.stringify(flags)).toThrow(message);
  });
});

describe('shownPath', () => {
  it('is relative inside the working folder and absolute outside it, never ../..', () => {
    expect(shownPath('/home/me/talk/talk.pdf', '/home/me/talk')).toBe('talk.pdf');
    expect(shownPath('/home/me/talk/out/pngs', '/home/me/talk')).toBe('out/pngs');
    expect(shownPath('/tmp/talk.pdf', '/home/me/talk')).toBe('/tmp/talk.pdf');
    expect(shownPath('/home/me/talk', '/home/me/talk')).toBe('/home/me/talk');
  });
});
