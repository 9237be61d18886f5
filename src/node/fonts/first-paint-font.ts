import { codePointsOf, unicodeRangeOf } from './unicode-range.ts';

/**
 * Slide 1's title waited for the body font's Latin file (48 KB): a request the page could only make once its CSS was
 * parsed. The prerendered page now carries, inline, a subset of that font holding the characters its prerendered
 * markup shows, and the file's own face keeps the rest: disjoint ranges of one family, as a font service slices a
 * font, so each character has one face, the title is drawn in its font in the first frame, and the file is fetched
 * only when other text needs it.
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The characters of server-rendered markup's text (React writes text raw but for `& < > " '`). */
export function textOf(markup: string): string {
  return markup
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) =>
      name.startsWith('#') ? String.fromCodePoint(Number(name.startsWith('#x') ? `0x${name.slice(2)}` : name.slice(1))) : (ENTITIES[name] ?? entity),
    );
}

/** A woff2 subset of `font` with the characters of `text`, its variation axes and layout features kept. */
export async function firstPaintSubset(font: Buffer, text: string): Promise<Buffer> {
  // Loaded when a build needs it: the page pipeline is also `deck dev`'s, which never subsets.
  const { default: subsetFont } = await import('subset-font');
  return Buffer.from(await subsetFont(font, text, { targetFormat: 'woff2' }));
}

const FONT_FACE = /@font-face\{[^}]*\}/g;

/** A stylesheet with one face split, the family of that face and the characters its inline part serves. */
export interface SplitFace {
  css: string;
  family: string;
  characters: string;
}

/**
 * `css` with the `@font-face` whose source is the file `fileName` split in two: the characters of `text` in its
 * range go to a copy of the face with `subset` as a data URL, the rest stay with the file. Undefined when no face
 * names the file or the text has none of its characters.
 */
export function splitFontFace(css: string, fileName: string, subset: Buffer, text: string): SplitFace | undefined {
  let split: SplitFace | undefined;
  const edited = css.replace(FONT_FACE, (face) => {
    const range = /unicode-range:([^;}]+)/.exec(face);
    const family = /font-family:([^;}]+)/
      .exec(face)?.[1]
      ?.trim()
      .replace(/^(["'])(.*)\1$/, '$2');
    if (split || !range || !family || !face.includes(`/${fileName})`)) return face;
    const served = new Set(codePointsOf(range[1]!));
    const shown = [...new Set([...text].map((char) => char.codePointAt(0)!))].filter((code) => served.has(code));
    if (shown.length === 0) return face;
    split = { css: '', family, characters: String.fromCodePoint(...shown) };
    const rest = unicodeRangeOf([...served].filter((code) => !shown.includes(code)));
    const inline = face
      .replace(/src:[^;}]+/, `src:url(data:font/woff2;base64,${subset.toString('base64')})format("woff2-variations")`)
      .replace(range[0], `unicode-range:${unicodeRangeOf(shown)}`);
    return face.replace(range[0], `unicode-range:${rest}`) + inline;
  });
  return split && { ...split, css: edited };
}
