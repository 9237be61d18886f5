import { brotliDecompressSync } from 'node:zlib';

/** One outline point in font units. */
export interface Point {
  x: number;
  y: number;
  onCurve: boolean;
}

/** A glyph as the instancer needs it: contours of points, or components; instructions are dropped (PDF needs none). */
export type Glyph = { kind: 'empty' } | { kind: 'simple'; contours: Point[][] } | { kind: 'composite'; components: Component[] };

/** One component of a composite glyph; `dx`/`dy` are offsets (ARGS_ARE_XY_VALUES) or point numbers. */
export interface Component {
  flags: number;
  glyph: number;
  dx: number;
  dy: number;
  /** The component's 2×2 transform as written (a, b, c, d), when it has one. */
  transform: [number, number, number, number] | null;
}

/** A decoded WOFF2 font: its plain tables (by tag), its glyphs and advance widths. */
export interface DecodedFont {
  tables: Map<string, Buffer>;
  glyphs: Glyph[];
  advances: number[];
}

const KNOWN_TAGS = (
  'cmap head hhea hmtx maxp name OS/2 post cvt  fpgm glyf loca prep CFF  VORG EBDT EBLC gasp hdmx kern LTSH PCLT VDMX vhea ' +
  'vmtx BASE GDEF GPOS GSUB EBSC JSTF MATH CBDT CBLC COLR CPAL SVG  sbix acnt avar bdat bloc bsln cvar fdsc feat fmtx fvar ' +
  'gvar hsty just lcar mort morx opbd prop trak Zapf Silf Glat Gloc Feat Sill'
)
  .match(/.{4}\s?/g)!
  .map((tag) => tag.slice(0, 4));

/** A cursor over a buffer, reading big-endian values as WOFF2 and sfnt store them. */
class Reader {
  constructor(
    readonly data: Buffer,
    public at = 0,
  ) {}
  u8 = () => this.data.readUInt8(this.at++);
  u16 = () => ((this.at += 2), this.data.readUInt16BE(this.at - 2));
  i16 = () => ((this.at += 2), this.data.readInt16BE(this.at - 2));
  u32 = () => ((this.at += 4), this.data.readUInt32BE(this.at - 4));
  base128 = () => {
    let value = 0;
    for (let index = 0; index < 5; index++) {
      const byte = this.u8();
      value = value * 128 + (byte & 0x7f);
      if (!(byte & 0x80)) return value;
    }
    throw new Error('woff2: bad UIntBase128');
  };
  u255 = () => {
    const code = this.u8();
    if (code === 253) return this.u16();
    if (code === 255) return this.u8() + 253;
    if (code === 254) return this.u8() + 506;
    return code;
  };
  bytes = (length: number) => ((this.at += length), this.data.subarray(this.at - length, this.at));
}

const withSign = (flag: number, value: number) => (flag & 1 ? value : -value);

/** One point's delta from the glyph stream (WOFF2 §5.2 triplet encoding). */
function triplet(flag: number, glyphs: Reader): [number, number] {
  if (flag < 10) return [0, withSign(flag, ((flag & 14) << 7) + glyphs.u8())];
  if (flag < 20) return [withSign(flag, (((flag - 10) & 14) << 7) + glyphs.u8()), 0];
  if (flag < 84) {
    const b0 = flag - 20;
    const b1 = glyphs.u8();
    return [withSign(flag, 1 + (b0 & 0x30) + (b1 >> 4)), withSign(flag >> 1, 1 + ((b0 & 0x0c) << 2) + (b1 & 0x0f))];
  }
  if (flag < 120) {
    const b0 = flag - 84;
    return [withSign(flag, 1 + (Math.floor(b0 / 12) << 8) + glyphs.u8()), withSign(flag >> 1, 1 + (((b0 % 12) >> 2) << 8) + glyphs.u8())];
  }
  if (flag < 124) {
    const [b0, b1, b2] = [glyphs.u8(), glyphs.u8(), glyphs.u8()];
    return [withSign(flag, (b0 << 4) + (b1 >> 4)), withSign(flag >> 1, ((b1 & 0x0f) << 8) + b2)];
  }
  const [b0, b1, b2, b3] = [glyphs.u8(), glyphs.u8(), glyphs.u8(), glyphs.u8()];
  return [withSign(flag, (b0 << 8) + b1), withSign(flag >> 1, (b2 << 8) + b3)];
}

const ARG_1_AND_2_ARE_WORDS = 0x1;
const WE_HAVE_A_SCALE = 0x8;
const MORE_COMPONENTS = 0x20;
const WE_HAVE_AN_X_AND_Y_SCALE = 0x40;
const WE_HAVE_A_TWO_BY_TWO = 0x80;
const WE_HAVE_INSTRUCTIONS = 0x100;

function readComponents(stream: Reader): { components: Component[]; instructions: boolean } {
  const components: Component[] = [];
  let flags: number;
  let instructions = false;
  do {
    flags = stream.u16();
    const glyph = stream.u16();
    const words = flags & ARG_1_AND_2_ARE_WORDS;
    const dx = words ? stream.i16() : (stream.data.readInt8(stream.at++) as number);
    const dy = words ? stream.i16() : (stream.data.readInt8(stream.at++) as number);
    const f2 = () => stream.i16() / 16384;
    let transform: Component['transform'] = null;
    if (flags & WE_HAVE_A_SCALE) {
      const scale = f2();
      transform = [scale, 0, 0, scale];
    } else if (flags & WE_HAVE_AN_X_AND_Y_SCALE) {
      const [sx, sy] = [f2(), f2()];
      transform = [sx, 0, 0, sy];
    } else if (flags & WE_HAVE_A_TWO_BY_TWO) transform = [f2(), f2(), f2(), f2()];
    if (flags & WE_HAVE_INSTRUCTIONS) instructions = true;
    components.push({ flags: flags & ~WE_HAVE_INSTRUCTIONS, glyph, dx, dy, transform });
  } while (flags & MORE_COMPONENTS);
  return { components, instructions };
}

/** The glyphs of a transformed `glyf` table (WOFF2 §5.1). */
function decodeGlyf(data: Buffer): Glyph[] {
  const header = new Reader(data);
  header.u16();
  header.u16();
  const count = header.u16();
  header.u16();
  const sizes = Array.from({ length: 7 }, () => header.u32());
  const streams: Reader[] = [];
  let at = header.at;
  for (const size of sizes) {
    streams.push(new Reader(data.subarray(at, at + size)));
    at += size;
  }
  const [contoursOf, pointsOf, flagsOf, glyphStream, composites, bboxes] = streams as [Reader, Reader, Reader, Reader, Reader, Reader];
  // Skip the bounding box bitmap: boxes are recomputed after instancing.
  bboxes.at = 4 * Math.floor((count + 31) / 32);
  const glyphs: Glyph[] = [];
  for (let index = 0; index < count; index++) {
    const contourCount = contoursOf.i16();
    if (contourCount === 0) glyphs.push({ kind: 'empty' });
    else if (contourCount < 0) {
      const { components, instructions } = readComponents(composites);
      if (instructions) glyphStream.u255();
      glyphs.push({ kind: 'composite', components });
    } else {
      const lengths = Array.from({ length: contourCount }, () => pointsOf.u255());
      let x = 0;
      let y = 0;
      const contours = lengths.map((length) =>
        Array.from({ length }, (): Point => {
          const flag = flagsOf.u8();
          const [dx, dy] = triplet(flag & 0x7f, glyphStream);
          x += dx;
          y += dy;
          return { x, y, onCurve: !(flag & 0x80) };
        }),
      );
      glyphStream.u255();
      glyphs.push({ kind: 'simple', contours });
    }
  }
  return glyphs;
}

/** Advance widths from `hmtx`, plain or transformed (WOFF2 §5.4), for `count` glyphs. */
function decodeAdvances(hmtx: Buffer, transformed: boolean, metrics: number, count: number): number[] {
  const reader = new Reader(hmtx, transformed ? 1 : 0);
  const advances: number[] = [];
  for (let index = 0; index < metrics; index++) {
    advances.push(reader.u16());
    if (!transformed) reader.i16();
  }
  while (advances.length < count) advances.push(advances[metrics - 1] ?? 0);
  return advances;
}

/** Decodes a WOFF2 file (one font, not a collection) into plain tables, glyph outlines and advances. */
export function decodeWoff2(file: Buffer): DecodedFont {
  const reader = new Reader(file);
  if (reader.u32() !== 0x774f4632) throw new Error('woff2: not a WOFF2 file');
  reader.u32();
  reader.u32();
  const tableCount = reader.u16();
  reader.u16();
  reader.u32();
  const compressedSize = reader.u32();
  reader.at = 48;
  const entries = Array.from({ length: tableCount }, () => {
    const flags = reader.u8();
    const tag = (flags & 0x3f) === 63 ? reader.bytes(4).toString('latin1') : KNOWN_TAGS[flags & 0x3f]!;
    const version = flags >> 6;
    const length = reader.base128();
    const transformed = tag === 'glyf' || tag === 'loca' ? version === 0 : version !== 0;
    return { tag, length: transformed ? reader.base128() : length, transformed };
  });
  const stream = brotliDecompressSync(file.subarray(reader.at, reader.at + compressedSize));
  const tables = new Map<string, Buffer>();
  const transformed = new Set<string>();
  let at = 0;
  for (const entry of entries) {
    tables.set(entry.tag, stream.subarray(at, at + entry.length));
    if (entry.transformed) transformed.add(entry.tag);
    at += entry.length;
  }
  const glyf = tables.get('glyf');
  if (!glyf || !transformed.has('glyf')) throw new Error('woff2: expected a transformed glyf table');
  const glyphs = decodeGlyf(glyf);
  const metrics = tables.get('hhea')!.readUInt16BE(34);
  const advances = decodeAdvances(tables.get('hmtx')!, transformed.has('hmtx'), metrics, glyphs.length);
  for (const tag of ['glyf', 'loca', 'hmtx']) tables.delete(tag);
  return { tables, glyphs, advances };
}
