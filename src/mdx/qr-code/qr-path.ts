import { create } from 'qrcode';

/** A QR code as one SVG path of unit squares (one per dark module), with its side in modules. */
export interface QrPath {
  size: number;
  d: string;
}

/** Encodes `text` locally (the `qrcode` package, no request) into a path: runs of dark modules become one rectangle each. */
export function qrPath(text: string): QrPath {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const { size } = modules;
  const parts: string[] = [];
  for (let row = 0; row < size; row++) {
    let run = 0;
    for (let column = 0; column <= size; column++) {
      const dark = column < size && modules.get(row, column);
      if (dark) run++;
      else if (run) {
        parts.push(`M${column - run} ${row}h${run}v1h-${run}z`);
        run = 0;
      }
    }
  }
  return { size, d: parts.join('') };
}
