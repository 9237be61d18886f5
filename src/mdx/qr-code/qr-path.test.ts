import { describe, expect, it } from 'vitest';
import { create } from 'qrcode';
import { qrPath } from './qr-path.ts';

describe('qrPath', () => {
  it('draws exactly the dark modules of the code, in runs', () => {
    const text = 'https://example.org/deck/';
    const { size, d } = qrPath(text);
    const { modules } = create(text, { errorCorrectionLevel: 'M' });
    expect(size).toBe(modules.size);
    const drawn = new Set<string>();
    for (const [, x, y, run] of d.matchAll(/M(\d+) (\d+)h(\d+)/g)) for (let i = 0; i < Number(run); i++) drawn.add(`${Number(x) + i},${y}`);
    let dark = 0;
    for (let row = 0; row < size; row++)
      for (let column = 0; column < size; column++) {
        if (modules.get(row, column)) dark++;
        expect(drawn.has(`${column},${row}`)).toBe(Boolean(modules.get(row, column)));
      }
    expect(drawn.size).toBe(dark);
  });
});
