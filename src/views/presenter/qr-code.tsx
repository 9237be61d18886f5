import { useMemo } from 'react';
import { create } from 'qrcode';

/** The dark modules of a QR code as one SVG path, one unit per module. */
function modulePath(text: string): { size: number; path: string } {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  let path = '';
  for (let row = 0; row < modules.size; row++)
    for (let column = 0; column < modules.size; column++) if (modules.data[row * modules.size + column]) path += `M${column} ${row}h1v1h-1z`;
  return { size: modules.size, path };
}

/** A QR code drawn here, from `text` (no request anywhere), black on white with the quiet zone scanners need. */
export function QrCode({ text, label }: { text: string; label: string }) {
  const { size, path } = useMemo(() => modulePath(text), [text]);
  return (
    <svg className="qr-code" role="img" aria-label={label} viewBox={`-4 -4 ${size + 8} ${size + 8}`} shapeRendering="crispEdges">
      <rect x={-4} y={-4} width={size + 8} height={size + 8} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
