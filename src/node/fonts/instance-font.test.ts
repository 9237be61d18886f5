import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../deck-file.ts';
import { staticInstance } from './instance-font.ts';
import { decodeWoff2 } from './woff2-decode.ts';

const INTER = readFileSync(join(PACKAGE_ROOT, 'node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2'));

/** Table tags and the hmtx advances of a TrueType file. */
function readTrueType(font: Buffer) {
  const count = font.readUInt16BE(4);
  const tables = new Map<string, Buffer>();
  for (let index = 0; index < count; index++) {
    const record = 12 + index * 16;
    const offset = font.readUInt32BE(record + 8);
    tables.set(font.toString('latin1', record, record + 4), font.subarray(offset, offset + font.readUInt32BE(record + 12)));
  }
  const hmtx = tables.get('hmtx')!;
  const advances = Array.from({ length: hmtx.length / 4 }, (_, index) => hmtx.readUInt16BE(index * 4));
  return { tables, advances };
}

describe('staticInstance', () => {
  it('writes a static TrueType font: no variation tables, every glyph kept, a valid checksum', () => {
    const font = staticInstance(INTER, 700);
    expect(font.readUInt32BE(0)).toBe(0x00010000);
    const { tables, advances } = readTrueType(font);
    for (const tag of ['fvar', 'gvar', 'avar', 'HVAR', 'MVAR', 'STAT']) expect(tables.has(tag), tag).toBe(false);
    for (const tag of ['glyf', 'loca', 'hmtx', 'cmap', 'head', 'hhea', 'maxp', 'name', 'post']) expect(tables.has(tag), tag).toBe(true);
    expect(advances).toHaveLength(decodeWoff2(INTER).glyphs.length);
    let sum = 0;
    for (let at = 0; at < font.length; at += 4) sum = (sum + (at + 4 <= font.length ? font.readUInt32BE(at) : 0)) >>> 0;
    expect(sum).toBe(0xb1b0afba);
  });

  it('at the default weight keeps the outlines and advances; bolder is wider', () => {
    const decoded = decodeWoff2(INTER);
    const regular = readTrueType(staticInstance(INTER, 400));
    expect(regular.advances).toEqual(decoded.advances);
    const bold = readTrueType(staticInstance(INTER, 800));
    const total = (advances: number[]) => advances.reduce((sum, advance) => sum + advance, 0);
    expect(total(bold.advances)).toBeGreaterThan(total(regular.advances) * 1.03);
    expect(regular.tables.get('glyf')!.equals(bold.tables.get('glyf')!)).toBe(false);
  });
});
