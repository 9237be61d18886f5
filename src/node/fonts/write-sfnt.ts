import type { Component, Glyph, Point } from './woff2-decode.ts';

interface Box {
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

const EMPTY: Box = { xMin: 0, yMin: 0, xMax: 0, yMax: 0 };

/** Every point of a glyph in its own coordinates, components placed (for bounding boxes). */
function outlinePoints(glyphs: readonly Glyph[], index: number, depth = 0): { x: number; y: number }[] {
  const glyph = glyphs[index];
  if (!glyph || glyph.kind === 'empty' || depth > 8) return [];
  if (glyph.kind === 'simple') return glyph.contours.flat();
  return glyph.components.flatMap((component) => {
    const [a, b, c, d] = component.transform ?? [1, 0, 0, 1];
    const [dx, dy] = component.flags & 0x2 ? [component.dx, component.dy] : [0, 0];
    return outlinePoints(glyphs, component.glyph, depth + 1).map(({ x, y }) => ({ x: x * a + y * c + dx, y: x * b + y * d + dy }));
  });
}

function boxOf(points: { x: number; y: number }[]): Box {
  if (points.length === 0) return EMPTY;
  const xs = points.map((point) => point.x);
  const ys = points.map((point) => point.y);
  return { xMin: Math.floor(Math.min(...xs)), yMin: Math.floor(Math.min(...ys)), xMax: Math.ceil(Math.max(...xs)), yMax: Math.ceil(Math.max(...ys)) };
}

function boxBytes(box: Box): number[] {
  const out = Buffer.alloc(8);
  out.writeInt16BE(box.xMin, 0);
  out.writeInt16BE(box.yMin, 2);
  out.writeInt16BE(box.xMax, 4);
  out.writeInt16BE(box.yMax, 6);
  return [...out];
}

const i16 = (value: number) => [(value >> 8) & 0xff, value & 0xff];

function simpleGlyph(contours: Point[][], box: Box): Buffer {
  const bytes: number[] = [...i16(contours.length), ...boxBytes(box)];
  let end = -1;
  for (const contour of contours) bytes.push(...i16((end += contour.length)));
  bytes.push(0, 0);
  const flags: number[] = [];
  const xs: number[] = [];
  const ys: number[] = [];
  let [x, y] = [0, 0];
  for (const point of contours.flat()) {
    let flag = point.onCurve ? 1 : 0;
    const [dx, dy] = [point.x - x, point.y - y];
    [x, y] = [point.x, point.y];
    if (dx === 0) flag |= 0x10;
    else if (Math.abs(dx) < 256) {
      flag |= 0x02 | (dx > 0 ? 0x10 : 0);
      xs.push(Math.abs(dx));
    } else xs.push(...i16(dx));
    if (dy === 0) flag |= 0x20;
    else if (Math.abs(dy) < 256) {
      flag |= 0x04 | (dy > 0 ? 0x20 : 0);
      ys.push(Math.abs(dy));
    } else ys.push(...i16(dy));
    flags.push(flag);
  }
  return Buffer.from([...bytes, ...flags, ...xs, ...ys]);
}

const f2 = (value: number) => i16(Math.round(value * 16384));

function compositeGlyph(components: readonly Component[], box: Box): Buffer {
  const bytes: number[] = [...i16(-1), ...boxBytes(box)];
  components.forEach((component, index) => {
    // Arguments always as words; MORE_COMPONENTS on all but the last; no instructions.
    const flags = (component.flags & ~0x121) | 0x1 | (index < components.length - 1 ? 0x20 : 0);
    bytes.push(...i16(flags), ...i16(component.glyph), ...i16(component.dx), ...i16(component.dy));
    const [a, b, c, d] = component.transform ?? [1, 0, 0, 1];
    if (flags & 0x8) bytes.push(...f2(a));
    else if (flags & 0x40) bytes.push(...f2(a), ...f2(d));
    else if (flags & 0x80) bytes.push(...f2(a), ...f2(b), ...f2(c), ...f2(d));
  });
  return Buffer.from(bytes);
}

const pad4 = (buffer: Buffer) => Buffer.concat([buffer, Buffer.alloc((4 - (buffer.length % 4)) % 4)]);

function checksum(buffer: Buffer): number {
  const padded = pad4(buffer);
  let sum = 0;
  for (let at = 0; at < padded.length; at += 4) sum = (sum + padded.readUInt32BE(at)) >>> 0;
  return sum;
}

/** Variation and hinting tables: an instance has no axes, and its outlines have no instructions. */
const DROPPED = new Set(['fvar', 'gvar', 'avar', 'HVAR', 'MVAR', 'VVAR', 'STAT', 'cvar', 'prep', 'fpgm', 'cvt ', 'hdmx', 'LTSH', 'VDMX']);

/** A static TrueType font from tables, glyphs and advances: glyf, loca, hmtx written anew; head, hhea and OS/2 updated. */
export function writeTrueType(tables: ReadonlyMap<string, Buffer>, glyphs: readonly Glyph[], advances: readonly number[], weight: number): Buffer {
  const boxes = glyphs.map((_, index) => boxOf(outlinePoints(glyphs, index)));
  const glyphData = glyphs.map((glyph, index) =>
    glyph.kind === 'empty'
      ? Buffer.alloc(0)
      : pad4(glyph.kind === 'simple' ? simpleGlyph(glyph.contours, boxes[index]!) : compositeGlyph(glyph.components, boxes[index]!)),
  );
  const loca = Buffer.alloc((glyphs.length + 1) * 4);
  let at = 0;
  glyphData.forEach((data, index) => {
    loca.writeUInt32BE(at, index * 4);
    at += data.length;
  });
  loca.writeUInt32BE(at, glyphs.length * 4);
  const hmtx = Buffer.alloc(glyphs.length * 4);
  glyphs.forEach((glyph, index) => {
    hmtx.writeUInt16BE(Math.max(0, advances[index] ?? 0), index * 4);
    hmtx.writeInt16BE(glyph.kind === 'empty' ? 0 : boxes[index]!.xMin, index * 4 + 2);
  });
  const drawn = boxes.filter((_, index) => glyphs[index]!.kind !== 'empty');
  const all = boxOf(
    drawn.flatMap((box) => [
      { x: box.xMin, y: box.yMin },
      { x: box.xMax, y: box.yMax },
    ]),
  );

  const head = Buffer.from(tables.get('head')!);
  head.writeUInt32BE(0, 8);
  head.writeInt16BE(all.xMin, 36);
  head.writeInt16BE(all.yMin, 38);
  head.writeInt16BE(all.xMax, 40);
  head.writeInt16BE(all.yMax, 42);
  head.writeInt16BE(1, 50);
  const hhea = Buffer.from(tables.get('hhea')!);
  hhea.writeUInt16BE(Math.max(...advances), 10);
  hhea.writeInt16BE(Math.min(...drawn.map((box) => box.xMin)), 12);
  hhea.writeInt16BE(Math.min(...drawn.map((box, n) => (advances[n] ?? 0) - box.xMax)), 14);
  hhea.writeInt16BE(Math.max(...drawn.map((box) => box.xMax)), 16);
  hhea.writeUInt16BE(glyphs.length, 34);
  const os2 = tables.get('OS/2') && Buffer.from(tables.get('OS/2')!);
  os2?.writeUInt16BE(Math.round(weight), 4);

  const out = new Map<string, Buffer>();
  for (const [tag, data] of tables) if (!DROPPED.has(tag)) out.set(tag, data);
  out.set('head', head).set('hhea', hhea).set('loca', loca).set('hmtx', hmtx).set('glyf', Buffer.concat(glyphData));
  if (os2) out.set('OS/2', os2);

  const tags = [...out.keys()].sort();
  const power = 2 ** Math.floor(Math.log2(tags.length));
  const header = Buffer.alloc(12 + tags.length * 16);
  header.writeUInt32BE(0x00010000, 0);
  header.writeUInt16BE(tags.length, 4);
  header.writeUInt16BE(power * 16, 6);
  header.writeUInt16BE(Math.log2(power), 8);
  header.writeUInt16BE(tags.length * 16 - power * 16, 10);
  let offset = header.length;
  const bodies: Buffer[] = [];
  tags.forEach((tag, index) => {
    const data = out.get(tag)!;
    const record = 12 + index * 16;
    header.write(tag, record, 'latin1');
    header.writeUInt32BE(checksum(data), record + 4);
    header.writeUInt32BE(offset, record + 8);
    header.writeUInt32BE(data.length, record + 12);
    bodies.push(pad4(data));
    offset += pad4(data).length;
  });
  const font = Buffer.concat([header, ...bodies]);
  const headAt = header.readUInt32BE(12 + tags.indexOf('head') * 16 + 8);
  font.writeUInt32BE((0xb1b0afba - checksum(font)) >>> 0, headAt + 8);
  return font;
}
