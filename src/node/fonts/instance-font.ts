/**
 * A static TrueType instance of a variable font at `weight` (its `wght` axis pinned by HarfBuzz's subsetter), holding
 * the characters of `text`: Chromium's PDF backend embeds variable fonts as Type 3 glyph drawings, static ones as
 * real TrueType. The subsetter (and its WebAssembly) loads on first use: `deck dev` starts without it.
 */
export async function staticInstance(font: Buffer, weight: number, text: string): Promise<Buffer> {
  const { default: subsetFont } = await import('subset-font');
  return subsetFont(font, text, { targetFormat: 'truetype', variationAxes: { wght: weight } });
}
