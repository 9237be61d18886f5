import subsetFont from 'subset-font';

/**
 * A static TrueType instance of a variable font at `weight` (its `wght` axis pinned by HarfBuzz's subsetter), holding
 * the characters of `text`: Chromium's PDF backend embeds variable fonts as Type 3 glyph drawings, static ones as
 * real TrueType.
 */
export function staticInstance(font: Buffer, weight: number, text: string): Promise<Buffer> {
  return subsetFont(font, text, { targetFormat: 'truetype', variationAxes: { wght: weight } });
}
