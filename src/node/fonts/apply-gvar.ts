import type { DecodedFont, Glyph, Point } from './woff2-decode.ts';

/** An axis from `fvar`. */
interface Axis {
  tag: string;
  min: number;
  value: number;
  max: number;
}

function axes(fvar: Buffer): Axis[] {
  const offset = fvar.readUInt16BE(4);
  const count = fvar.readUInt16BE(8);
  const size = fvar.readUInt16BE(10);
  return Array.from({ length: count }, (_, index) => {
    const at = offset + index * size;
    const fixed = (byte: number) => fvar.readInt32BE(at + byte) / 65536;
    return { tag: fvar.toString('latin1', at, at + 4), min: fixed(4), value: fixed(8), max: fixed(12) };
  });
}

/** `avar` segment maps applied to normalized coordinates. */
function mapAvar(avar: Buffer | undefined, coords: number[]): number[] {
  if (!avar) return coords;
  let at = 8;
  return coords.map((coord) => {
    const pairs = avar.readUInt16BE(at);
    at += 2;
    const map = Array.from({ length: pairs }, (_, index) => [avar.readInt16BE(at + index * 4) / 16384, avar.readInt16BE(at + index * 4 + 2) / 16384] as const);
    at += pairs * 4;
    for (let index = 1; index < map.length; index++) {
      const [from0, to0] = map[index - 1]!;
      const [from1, to1] = map[index]!;
      if (coord <= from1) return from1 === from0 ? to0 : to0 + ((coord - from0) * (to1 - to0)) / (from1 - from0);
    }
    return coord;
  });
}

/** Normalized coordinates (−1…1, after `avar`) for the user values asked, e.g. `{ wght: 700 }`; other axes at default. */
export function normalizedCoords(font: DecodedFont, values: Record<string, number>): number[] {
  const fvar = font.tables.get('fvar');
  if (!fvar) throw new Error('font: not a variable font (no fvar)');
  const coords = axes(fvar).map(({ tag, min, value, max }) => {
    const wanted = Math.min(max, Math.max(min, values[tag] ?? value));
    if (wanted === value) return 0;
    return wanted < value ? (wanted - value) / (value - min) : (wanted - value) / (max - value);
  });
  return mapAvar(font.tables.get('avar'), coords);
}

/** How much a tuple applies at `coords` (OpenType gvar: peak, optional intermediate region). */
function scalar(coords: number[], peak: number[], start: number[] | null, end: number[] | null): number {
  let factor = 1;
  peak.forEach((top, axis) => {
    if (top === 0) return;
    const coord = coords[axis] ?? 0;
    const low = start ? start[axis]! : Math.min(top, 0);
    const high = end ? end[axis]! : Math.max(top, 0);
    if (coord < low || coord > high || (!start && coord === 0)) factor = 0;
    else if (coord === top) return;
    else factor *= coord < top ? (coord - low) / (top - low) : (high - coord) / (high - top);
  });
  return factor;
}

function packedPoints(data: Buffer, at: { i: number }): number[] | null {
  let count = data[at.i++]!;
  if (count === 0) return null;
  if (count & 0x80) count = ((count & 0x7f) << 8) | data[at.i++]!;
  const points: number[] = [];
  let point = 0;
  while (points.length < count) {
    const control = data[at.i++]!;
    const run = (control & 0x7f) + 1;
    for (let index = 0; index < run && points.length < count; index++) {
      if (control & 0x80) {
        point += data.readUInt16BE(at.i);
        at.i += 2;
      } else point += data[at.i++]!;
      points.push(point);
    }
  }
  return points;
}

function packedDeltas(data: Buffer, at: { i: number }, count: number): number[] {
  const deltas: number[] = [];
  while (deltas.length < count) {
    const control = data[at.i++]!;
    const run = (control & 0x3f) + 1;
    for (let index = 0; index < run && deltas.length < count; index++) {
      if (control & 0x80) deltas.push(0);
      else if (control & 0x40) {
        deltas.push(data.readInt16BE(at.i));
        at.i += 2;
      } else deltas.push(data.readInt8(at.i++));
    }
  }
  return deltas;
}

/** Fills the deltas of points a tuple did not name, per contour (OpenType "inferred deltas", IUP). */
function inferDeltas(contours: Point[][], named: Set<number>, dx: number[], dy: number[]): void {
  let first = 0;
  for (const contour of contours) {
    const indices = contour.map((_, index) => first + index);
    const known = indices.filter((index) => named.has(index));
    first += contour.length;
    if (known.length === 0 || known.length === indices.length) continue;
    const original = (index: number) => contour[index - indices[0]!]!;
    for (const index of indices) {
      if (named.has(index)) continue;
      // The named points before and after this one, around the contour.
      const after = known.find((candidate) => candidate > index) ?? known[0]!;
      const before = [...known].reverse().find((candidate) => candidate < index) ?? known[known.length - 1]!;
      for (const [axis, deltas] of [
        ['x', dx],
        ['y', dy],
      ] as const) {
        let [c1, d1, c2, d2] = [original(before)[axis], deltas[before]!, original(after)[axis], deltas[after]!];
        if (c1 > c2) [c1, d1, c2, d2] = [c2, d2, c1, d1];
        const c = original(index)[axis];
        deltas[index] = c1 === c2 ? (d1 === d2 ? d1 : 0) : c <= c1 ? d1 : c >= c2 ? d2 : d1 + ((c - c1) * (d2 - d1)) / (c2 - c1);
      }
    }
  }
}

/** The font's glyphs and advances at `coords`: gvar deltas applied (phantom points move the advance); nothing else changes. */
export function applyGvar(font: DecodedFont, coords: number[]): { glyphs: Glyph[]; advances: number[] } {
  const gvar = font.tables.get('gvar');
  if (!gvar) return { glyphs: font.glyphs, advances: font.advances };
  const axisCount = gvar.readUInt16BE(4);
  const sharedCount = gvar.readUInt16BE(6);
  const sharedAt = gvar.readUInt32BE(8);
  const glyphCount = gvar.readUInt16BE(12);
  const longOffsets = gvar.readUInt16BE(14) & 1;
  const dataAt = gvar.readUInt32BE(16);
  const offset = (index: number) => (longOffsets ? gvar.readUInt32BE(20 + index * 4) : gvar.readUInt16BE(20 + index * 2) * 2);
  const tuple = (at: number) => Array.from({ length: axisCount }, (_, axis) => gvar.readInt16BE(at + axis * 2) / 16384);
  const shared = Array.from({ length: sharedCount }, (_, index) => tuple(sharedAt + index * axisCount * 2));
  const advances = [...font.advances];

  const glyphs = font.glyphs.map((glyph, index): Glyph => {
    if (index >= glyphCount || glyph.kind === 'empty') return glyph;
    const start = dataAt + offset(index);
    if (offset(index + 1) === offset(index)) return glyph;
    const points = glyph.kind === 'simple' ? glyph.contours.reduce((sum, contour) => sum + contour.length, 0) : glyph.components.length;
    const total = points + 4;
    const dx = new Array<number>(total).fill(0);
    const dy = new Array<number>(total).fill(0);
    const header = gvar.readUInt16BE(start);
    const count = header & 0x0fff;
    const serialized = { i: start + gvar.readUInt16BE(start + 2) };
    const sharedPoints = header & 0x8000 ? packedPoints(gvar, serialized) : null;
    let at = start + 4;
    for (let variation = 0; variation < count; variation++) {
      const size = gvar.readUInt16BE(at);
      const index = gvar.readUInt16BE(at + 2);
      at += 4;
      let peak: number[];
      if (index & 0x8000) {
        peak = tuple(at);
        at += axisCount * 2;
      } else peak = shared[index & 0x0fff]!;
      let low: number[] | null = null;
      let high: number[] | null = null;
      if (index & 0x4000) {
        low = tuple(at);
        high = tuple(at + axisCount * 2);
        at += axisCount * 4;
      }
      const end = serialized.i + size;
      const factor = scalar(coords, peak, low, high);
      if (factor !== 0) {
        const named = index & 0x2000 ? packedPoints(gvar, serialized) : sharedPoints;
        const which = named ?? Array.from({ length: total }, (_, point) => point);
        const xs = packedDeltas(gvar, serialized, which.length);
        const ys = packedDeltas(gvar, serialized, which.length);
        const tx = new Array<number>(total).fill(0);
        const ty = new Array<number>(total).fill(0);
        which.forEach((point, n) => {
          if (point < total) [tx[point], ty[point]] = [xs[n]!, ys[n]!];
        });
        if (named && glyph.kind === 'simple') inferDeltas(glyph.contours, new Set(which), tx, ty);
        for (let point = 0; point < total; point++) {
          dx[point]! += tx[point]! * factor;
          dy[point]! += ty[point]! * factor;
        }
      }
      serialized.i = end;
    }
    advances[index] = Math.round(advances[index]! + dx[points + 1]! - dx[points]!);
    // Keep the origin where the left phantom point went: shift the outline by its delta.
    const shift = dx[points]!;
    if (glyph.kind === 'simple') {
      let point = 0;
      return {
        kind: 'simple',
        contours: glyph.contours.map((contour) =>
          contour.map((p) => {
            const moved = { x: Math.round(p.x + dx[point]! - shift), y: Math.round(p.y + dy[point]!), onCurve: p.onCurve };
            point++;
            return moved;
          }),
        ),
      };
    }
    return {
      kind: 'composite',
      components: glyph.components.map((component, n) =>
        component.flags & 0x2 ? { ...component, dx: Math.round(component.dx + dx[n]! - shift), dy: Math.round(component.dy + dy[n]!) } : component,
      ),
    };
  });
  return { glyphs, advances };
}
