import { applyGvar, normalizedCoords } from './apply-gvar.ts';
import { decodeWoff2 } from './woff2-decode.ts';
import { writeTrueType } from './write-sfnt.ts';

/**
 * A static TrueType instance of a variable WOFF2 font at `weight` (its `wght` axis): Chromium's PDF backend embeds
 * variable fonts as Type 3 bitmaps-in-paths, static ones as real TrueType. Hinting is dropped; kerning stays the
 * default instance's.
 */
export function staticInstance(woff2: Buffer, weight: number): Buffer {
  const font = decodeWoff2(woff2);
  const { glyphs, advances } = applyGvar(font, normalizedCoords(font, { wght: weight }));
  return writeTrueType(font.tables, glyphs, advances, weight);
}
