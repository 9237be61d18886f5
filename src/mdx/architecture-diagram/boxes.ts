import { fitFontSize, wrapText } from './text-metrics.ts';

/** A rectangle in diagram px (the diagram is drawn at frame scale, so these are frame px). */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A box holding wrapped text, with the font size the layout chose for it. */
export interface TextBox extends Box {
  text: string;
  fontSize: number;
  lineHeight: number;
  lines: number;
}

/** Spacing and type sizes in frame px; 20–24px text reads from the back of a room. The CSS insets match these. */
export const METRICS = {
  gapX: 32,
  layerPad: 10,
  itemGap: 8,
  itemInsetX: 12,
  itemPadY: 7,
  titleInsetX: 4,
  titlePadY: 4,
  titleFont: 24,
  itemFont: 22,
  overlayFont: 22,
  bandPadY: 8,
  bandInsetX: 14,
  bandGap: 12,
  lineHeight: 1.2,
} as const;

/** A text box `w` wide at (x, y), as tall as its wrapped lines need, in the largest font (≤ `preferred`) its words fit. */
export function textBox(text: string, x: number, y: number, w: number, insetX: number, padY: number, preferred: number, bold: boolean): TextBox {
  const fontSize = fitFontSize(text, w - 2 * insetX, preferred, bold);
  const lineHeight = Math.ceil(fontSize * METRICS.lineHeight);
  const lines = wrapText(text, w - 2 * insetX, fontSize, bold).length;
  return { text, x, y, w, h: lines * lineHeight + 2 * padY, fontSize, lineHeight, lines };
}
