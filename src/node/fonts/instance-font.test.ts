import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../deck-file.ts';
import { staticInstance } from './instance-font.ts';
import { charactersOf } from './unicode-range.ts';

const INTER = readFileSync(join(PACKAGE_ROOT, 'node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2'));
const TEXT = charactersOf('U+0020-007E, U+00E9');

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
  it('writes a static TrueType font: no variation tables, the outline tables kept', async () => {
    const font = await staticInstance(INTER, 700, TEXT);
    expect(font.readUInt32BE(0)).toBe(0x00010000);
    const { tables } = readTrueType(font);
    for (const tag of ['fvar', 'gvar', 'avar', 'HVAR', 'MVAR']) expect(tables.has(tag), tag).toBe(false);
    for (const tag of ['glyf', 'loca', 'hmtx', 'cmap', 'head', 'hhea', 'maxp', 'name', 'post']) expect(tables.has(tag), tag).toBe(true);
  });

  it('bolder is wider and draws other outlines', async () => {
    const regular = readTrueType(await staticInstance(INTER, 400, TEXT));
    const bold = readTrueType(await staticInstance(INTER, 800, TEXT));
    const total = (advances: number[]) => advances.reduce((sum, advance) => sum + advance, 0);
    expect(total(bold.advances)).toBeGreaterThan(total(regular.advances) * 1.03);
    expect(regular.tables.get('glyf')!.equals(bold.tables.get('glyf')!)).toBe(false);
  });
});
