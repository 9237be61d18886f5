import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../deck-file.ts';
import { firstPaintSubset, splitFontFace, textOf } from './first-paint-font.ts';
import { codePointsOf } from './unicode-range.ts';

const FACE = (file: string, range: string) =>
  `@font-face{font-family:Inter Variable;font-style:normal;font-display:swap;font-weight:100 900;src:url(./assets/${file})format("woff2-variations");unicode-range:${range}}`;
const CSS = FACE('inter-latin-ext-X.woff2', 'U+100-2BA') + FACE('inter-latin-Y.woff2', 'U+??,U+2000-206F') + 'h1{color:red}';

describe('textOf', () => {
  it('is the text of server-rendered markup, entities read', () => {
    expect(textOf('<!--$--><h1 class="a">AT&amp;T &lt;3 &#x27;x&#x27; &quot;</h1><p>é</p><!--/$-->')).toBe(`AT&T <3 'x' "é`);
  });
});

describe('splitFontFace', () => {
  const subset = Buffer.from('subset');
  const split = splitFontFace(CSS, 'inter-latin-Y.woff2', subset, 'Hi ő—')!;

  it("gives the text's characters within the file's range to an inline copy of its face, the rest stay with the file", () => {
    const faces = split.css.match(/@font-face\{[^}]*\}/g)!;
    expect(faces).toHaveLength(3);
    expect(faces[0]).toBe(FACE('inter-latin-ext-X.woff2', 'U+100-2BA'));
    const file = codePointsOf(/unicode-range:([^}]+)/.exec(faces[1]!)![1]!);
    expect(file).not.toContain(0x48);
    expect(file).toContain(0x47);
    expect(file).toContain(0x2000);
    expect(faces[2]).toBe(
      `@font-face{font-family:Inter Variable;font-style:normal;font-display:swap;font-weight:100 900;src:url(data:font/woff2;base64,${subset.toString('base64')})format("woff2-variations");unicode-range:U+20,U+48,U+69,U+2014}`,
    );
    expect(split.css.endsWith('h1{color:red}')).toBe(true);
  });

  it('names the family and the characters the inline face serves ("ő" is not in the file\'s range)', () => {
    expect(split.family).toBe('Inter Variable');
    expect([...split.characters].sort()).toEqual([...'Hi —'].sort());
  });

  it('leaves a stylesheet without that file, or a text without its characters, alone', () => {
    expect(splitFontFace(CSS, 'other.woff2', subset, 'Hi')).toBeUndefined();
    expect(splitFontFace(CSS, 'inter-latin-Y.woff2', subset, 'ő')).toBeUndefined();
  });
});

describe('firstPaintSubset', () => {
  it('is a woff2 font far smaller than the file it is cut from', async () => {
    const font = readFileSync(join(PACKAGE_ROOT, 'node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2'));
    const subset = await firstPaintSubset(font, '2 Types of Data Engineers');
    expect(subset.toString('latin1', 0, 4)).toBe('wOF2');
    expect(subset.length).toBeLessThan(font.length / 4);
  });
});
