import subsetFont from 'subset-font';

/** Every character a CSS `unicode-range` ("U+0000-00FF, U+0131, U+2000-206F") names. */
export function charactersOf(unicodeRange: string): string {
  let text = '';
  for (const part of unicodeRange.split(',')) {
    const range = /U\+([0-9A-F]+)(?:-([0-9A-F]+))?/i.exec(part.trim());
    if (!range) continue;
    const first = parseInt(range[1]!, 16);
    const last = range[2] ? parseInt(range[2], 16) : first;
    for (let code = first; code <= last; code++) text += String.fromCodePoint(code);
  }
  return text;
}

/**
 * A static TrueType instance of a variable font at `weight` (its `wght` axis pinned by HarfBuzz's subsetter), holding
 * the characters of `text`: Chromium's PDF backend embeds variable fonts as Type 3 glyph drawings, static ones as
 * real TrueType.
 */
export function staticInstance(font: Buffer, weight: number, text: string): Promise<Buffer> {
  return subsetFont(font, text, { targetFormat: 'truetype', variationAxes: { wght: weight } });
}
