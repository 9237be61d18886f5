import { linkSync, mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  canonical,
  deckInputs,
  foreignOutput,
  inputClash,
  type Inputs,
  OUTPUT_MARK,
  OutputRefused,
  PDF_CREATOR,
  refuseForeignOutput,
  refuseInputClash,
} from './output-target.ts';

/** A temp layout: <root>/talk/deck.mdx (the deck), <root>/talk/chart.jsx, <root>/lib/util.js (an import elsewhere), <root>/engine. */
let root: string;
let deckDir: string;
let deck: string;
let engine: string;
let inputs: Inputs;

beforeEach(() => {
  // realpath: the temp folder may itself sit behind a symbolic link (macOS /var → /private/var).
  root = realpathSync(mkdtempSync(join(tmpdir(), 'deck-target-')));
  deckDir = join(root, 'talk');
  deck = join(deckDir, 'deck.mdx');
  engine = join(root, 'engine');
  mkdirSync(deckDir);
  mkdirSync(engine);
  mkdirSync(join(root, 'lib'));
  writeFileSync(deck, '# Talk\n');
  writeFileSync(join(deckDir, 'chart.jsx'), 'export default () => null;\n');
  writeFileSync(join(root, 'lib', 'util.js'), 'export const x = 1;\n');
  inputs = deckInputs(deck, engine);
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('canonical', () => {
  it('resolves a symbolic link in an existing path, so two spellings of one file compare equal', () => {
    symlinkSync(deckDir, join(root, 'alias'));
    expect(canonical(join(root, 'alias', 'deck.mdx'))).toBe(deck);
  });

  it('resolves the existing part of a not-yet-existing path and keeps the rest', () => {
    symlinkSync(deckDir, join(root, 'alias'));
    expect(canonical(join(root, 'alias', 'new', 'out.pdf'))).toBe(join(deckDir, 'new', 'out.pdf'));
  });

  it('makes a relative path absolute against the working folder', () => {
    expect(canonical(relative(process.cwd(), deck))).toBe(deck);
  });
});

describe('inputClash: a target that is the deck file', () => {
  it('spelled as an absolute path', () => {
    expect(inputClash(deck, inputs)).toBe(`is ${deck}, an input of the deck`);
  });

  it('spelled relative to the working folder', () => {
    expect(inputClash(relative(process.cwd(), deck), inputs)).toMatch(/^is .*deck\.mdx, an input of the deck$/);
  });

  it('spelled with ./x/../', () => {
    expect(inputClash(`${deckDir}/./x/../deck.mdx`, inputs)).toMatch(/^is /);
  });

  it('spelled through a symbolically linked folder', () => {
    symlinkSync(deckDir, join(root, 'alias'));
    expect(inputClash(join(root, 'alias', 'deck.mdx'), inputs)).toMatch(/^is /);
  });

  it('spelled as a symbolic link to the deck', () => {
    symlinkSync(deck, join(root, 'link.mdx'));
    expect(inputClash(join(root, 'link.mdx'), inputs)).toMatch(/^is /);
  });

  it('spelled as a hard link to the deck (same inode, different path)', () => {
    linkSync(deck, join(root, 'hard.pdf'));
    expect(inputClash(join(root, 'hard.pdf'), inputs)).toBe(`is ${deck}, an input of the deck`);
  });

  it('a hard link to an imported file passed in `more`', () => {
    linkSync(join(root, 'lib', 'util.js'), join(root, 'util-copy.pdf'));
    expect(inputClash(join(root, 'util-copy.pdf'), deckInputs(deck, engine, [join(root, 'lib', 'util.js')]))).toMatch(/^is /);
  });
});

describe('inputClash: a target that holds an input', () => {
  it("the deck's own folder", () => {
    expect(inputClash(deckDir, inputs)).toMatch(/^holds .*deck\.mdx, an input of the deck$/);
  });

  it("the deck's folder through a symbolic link", () => {
    symlinkSync(deckDir, join(root, 'alias'));
    expect(inputClash(join(root, 'alias'), inputs)).toMatch(/^holds /);
  });

  it("the deck folder's parent", () => {
    expect(inputClash(root, inputs)).toMatch(/^holds /);
  });

  it('the root folder /', () => {
    expect(inputClash('/', inputs)).toMatch(/^holds /);
  });

  it('the working folder', () => {
    const cwd = canonical(process.cwd());
    expect(inputClash(process.cwd(), inputs)).toBe(`is ${cwd}, which an output may not replace`);
    expect(inputClash('.', inputs)).toBe(`is ${cwd}, which an output may not replace`);
  });

  it('the home folder', () => {
    expect(inputClash(homedir(), inputs)).toBe(`is ${canonical(homedir())}, which an output may not replace`);
  });

  it('the engine folder', () => {
    expect(inputClash(engine, inputs)).toMatch(/^is .*, which an output may not replace$/);
  });

  it('a folder holding an imported file passed in `more` (and only then)', () => {
    const lib = join(root, 'lib');
    expect(inputClash(lib, inputs)).toBeUndefined();
    expect(inputClash(lib, deckInputs(deck, engine, [join(lib, 'util.js')]))).toBe(`holds ${join(lib, 'util.js')}, an input of the deck`);
  });
});

describe('inputClash: a target inside a file input', () => {
  it('deck.mdx/out', () => {
    expect(inputClash(join(deck, 'out'), inputs)).toBe(`is inside ${deck}, an input of the deck`);
  });
});

describe('inputClash: targets that are fine', () => {
  it("a sibling dist folder beside the deck's folder", () => {
    mkdirSync(join(root, 'dist'));
    expect(inputClash(join(root, 'dist'), inputs)).toBeUndefined();
  });

  it("a folder inside the deck's folder", () => {
    expect(inputClash(join(deckDir, 'dist'), inputs)).toBeUndefined();
    mkdirSync(join(deckDir, 'dist'));
    expect(inputClash(join(deckDir, 'dist'), inputs)).toBeUndefined();
  });

  it('a not-yet-existing path', () => {
    expect(inputClash(join(root, 'new', 'deeper', 'out.pdf'), inputs)).toBeUndefined();
  });

  it('a file beside the deck whose name starts with the deck name (no prefix confusion)', () => {
    expect(inputClash(`${deck}.pdf`, inputs)).toBeUndefined();
    expect(inputClash(`${deckDir}-dist`, inputs)).toBeUndefined();
  });
});

describe('refuseInputClash', () => {
  it('throws OutputRefused in one line naming the command, the flag and the reason, without offering --force', () => {
    let thrown: unknown;
    try {
      refuseInputClash('deck build', '--out', deckDir, inputs);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(OutputRefused);
    const message = (thrown as Error).message;
    expect(message).not.toContain('\n');
    expect(message).toMatch(/^deck build: --out .*talk holds .*deck\.mdx, an input of the deck: nothing was changed; choose another path$/);
    // --force does not override an input clash, so it must not be suggested.
    expect(message).not.toContain('--force');
  });

  it('does not throw for a fine target', () => {
    expect(() => refuseInputClash('deck build', '--out', join(root, 'dist'), inputs)).not.toThrow();
  });
});

/** A minimal file that reads like a PDF; `creator` goes into a document info dictionary at its end. */
const pdf = (creator?: string, padding = 0) =>
  `%PDF-1.4\n${'%'.repeat(padding)}\n1 0 obj\n<</Producer (Skia/PDF)${creator ? `\n/Creator (${creator})` : ''}>>\nendobj\ntrailer\n<</Info 1 0 R>>\n%%EOF\n`;

describe('foreignOutput', () => {
  it('a missing target is not foreign (nothing to lose)', () => {
    for (const kind of ['site', 'pdf', 'png'] as const) expect(foreignOutput(join(root, 'missing'), kind)).toBeUndefined();
  });

  describe('site', () => {
    it('an empty folder is not foreign', () => {
      mkdirSync(join(root, 'dist'));
      expect(foreignOutput(join(root, 'dist'), 'site')).toBeUndefined();
    });

    it('a folder whose index.html carries the generator mark is ours', () => {
      mkdirSync(join(root, 'dist'));
      writeFileSync(join(root, 'dist', 'index.html'), `<!doctype html><head>${OUTPUT_MARK}</head>`);
      writeFileSync(join(root, 'dist', 'app.js'), '');
      expect(foreignOutput(join(root, 'dist'), 'site')).toBeUndefined();
    });

    it('a folder with other files, or an index.html without the mark, is foreign', () => {
      const reason = 'is not empty and was not written by deck build (its index.html has no deck generator tag)';
      mkdirSync(join(root, 'dist'));
      writeFileSync(join(root, 'dist', 'thesis.docx'), 'precious');
      expect(foreignOutput(join(root, 'dist'), 'site')).toBe(reason);
      writeFileSync(join(root, 'dist', 'index.html'), '<!doctype html><meta name="generator" content="Hugo" />');
      expect(foreignOutput(join(root, 'dist'), 'site')).toBe(reason);
    });

    it('a file is foreign', () => {
      writeFileSync(join(root, 'dist'), 'a file');
      expect(foreignOutput(join(root, 'dist'), 'site')).toBe('is a file, not a folder');
    });
  });

  describe('pdf', () => {
    it(`a PDF whose info names Creator (${PDF_CREATOR}) is ours`, () => {
      writeFileSync(join(root, 'out.pdf'), pdf(PDF_CREATOR));
      expect(foreignOutput(join(root, 'out.pdf'), 'pdf')).toBeUndefined();
    });

    it('a large PDF is recognised by its tail (the info is read from the end of the file)', () => {
      writeFileSync(join(root, 'out.pdf'), pdf(PDF_CREATOR, 200 * 1024));
      expect(foreignOutput(join(root, 'out.pdf'), 'pdf')).toBeUndefined();
    });

    it('a PDF from another program is foreign', () => {
      writeFileSync(join(root, 'out.pdf'), pdf('Microsoft Word'));
      expect(foreignOutput(join(root, 'out.pdf'), 'pdf')).toBe('is a file that deck export did not write');
      writeFileSync(join(root, 'out.pdf'), pdf());
      expect(foreignOutput(join(root, 'out.pdf'), 'pdf')).toBe('is a file that deck export did not write');
    });

    it('a text file is foreign, even one that quotes our Creator', () => {
      writeFileSync(join(root, 'out.pdf'), 'notes\n');
      expect(foreignOutput(join(root, 'out.pdf'), 'pdf')).toBe('is a file that deck export did not write');
      writeFileSync(join(root, 'out.pdf'), `notes about /Creator (${PDF_CREATOR})\n`);
      expect(foreignOutput(join(root, 'out.pdf'), 'pdf')).toBe('is a file that deck export did not write');
    });

    it('an empty or tiny file is foreign, without failing to read it', () => {
      writeFileSync(join(root, 'out.pdf'), '');
      expect(foreignOutput(join(root, 'out.pdf'), 'pdf')).toBe('is a file that deck export did not write');
      writeFileSync(join(root, 'out.pdf'), '%PD');
      expect(foreignOutput(join(root, 'out.pdf'), 'pdf')).toBe('is a file that deck export did not write');
    });

    it('a folder is foreign', () => {
      mkdirSync(join(root, 'out.pdf'));
      expect(foreignOutput(join(root, 'out.pdf'), 'pdf')).toBe('is not a file');
    });
  });

  describe('png', () => {
    it('a folder holding only slide-NN.png and slide-NN-N.png is ours', () => {
      mkdirSync(join(root, 'png'));
      writeFileSync(join(root, 'png', 'slide-03.png'), '');
      writeFileSync(join(root, 'png', 'slide-10-2.png'), '');
      expect(foreignOutput(join(root, 'png'), 'png')).toBeUndefined();
    });

    it('an empty folder is not foreign', () => {
      mkdirSync(join(root, 'png'));
      expect(foreignOutput(join(root, 'png'), 'png')).toBeUndefined();
    });

    it('any other file makes it foreign', () => {
      for (const other of ['holiday.png', 'slide-03.jpg', 'slide-.png', 'index.html', 'slide-03.png.txt']) {
        mkdirSync(join(root, 'png'));
        writeFileSync(join(root, 'png', 'slide-03.png'), '');
        writeFileSync(join(root, 'png', other), '');
        expect(foreignOutput(join(root, 'png'), 'png'), other).toBe('holds files that deck export did not write');
        rmSync(join(root, 'png'), { recursive: true });
      }
    });

    it('a file is foreign', () => {
      writeFileSync(join(root, 'png'), '');
      expect(foreignOutput(join(root, 'png'), 'png')).toBe('is a file, not a folder');
    });
  });
});

describe('refuseForeignOutput', () => {
  it('throws OutputRefused in one line naming the command, the flag and --force', () => {
    mkdirSync(join(root, 'dist'));
    writeFileSync(join(root, 'dist', 'thesis.docx'), 'precious');
    let thrown: unknown;
    try {
      refuseForeignOutput('deck build', '--out', join(root, 'dist'), 'site', false);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(OutputRefused);
    const message = (thrown as Error).message;
    expect(message).not.toContain('\n');
    expect(message).toMatch(/^deck build: --out .*dist is not empty .*nothing was changed; pass --force to replace it, or choose another path$/);
  });

  it('names the flag it was given (--png for PNG folders)', () => {
    mkdirSync(join(root, 'png'));
    writeFileSync(join(root, 'png', 'photo.jpg'), '');
    expect(() => refuseForeignOutput('deck export', '--png', join(root, 'png'), 'png', false)).toThrow(/^deck export: --png .*png holds files .*--force/);
  });

  it('with force it never throws, whatever is there', () => {
    mkdirSync(join(root, 'dist'));
    writeFileSync(join(root, 'dist', 'thesis.docx'), 'precious');
    writeFileSync(join(root, 'notes.pdf'), 'text');
    expect(() => refuseForeignOutput('deck build', '--out', join(root, 'dist'), 'site', true)).not.toThrow();
    expect(() => refuseForeignOutput('deck export', '--out', join(root, 'notes.pdf'), 'pdf', true)).not.toThrow();
    expect(() => refuseForeignOutput('deck export', '--png', join(root, 'notes.pdf'), 'png', true)).not.toThrow();
    expect(() => refuseForeignOutput('deck export', '--out', join(root, 'dist'), 'pdf', true)).not.toThrow();
  });

  it('without force it does not throw for our own or a missing output', () => {
    writeFileSync(join(root, 'out.pdf'), pdf(PDF_CREATOR));
    expect(() => refuseForeignOutput('deck export', '--out', join(root, 'out.pdf'), 'pdf', false)).not.toThrow();
    expect(() => refuseForeignOutput('deck build', '--out', join(root, 'missing'), 'site', false)).not.toThrow();
  });
});

describe('deckInputs', () => {
  it("lists the deck and extra files as files, and the deck's folder, engine, working and home folders as folders", () => {
    expect(deckInputs(deck, engine, ['/x/a.js'])).toEqual({ files: [deck, '/x/a.js'], folders: [dirname(deck), engine, process.cwd(), homedir()] });
  });
});
