import { useMemo } from 'react';
import { qrPath } from './qr-path.ts';
import './qr-code.css';

interface QrCodeProps {
  /** What the code opens, e.g. the published deck's URL. */
  value: string;
  /** The caption under the code (and its accessible name). */
  label?: string;
}

/** A QR code drawn as SVG in the browser from `value` (no image, no request), with the address written under it. */
export function QrCode({ value, label = 'The slides' }: QrCodeProps) {
  const { size, d } = useMemo(() => qrPath(value), [value]);
  const quiet = 2;
  return (
    <figure className="qr">
      <svg viewBox={`${-quiet} ${-quiet} ${size + 2 * quiet} ${size + 2 * quiet}`} role="img" aria-label={`QR code: ${value}`} shapeRendering="crispEdges">
        <rect x={-quiet} y={-quiet} width={size + 2 * quiet} height={size + 2 * quiet} className="qr-light" />
        <path d={d} className="qr-dark" />
      </svg>
      <figcaption>
        <span className="qr-label">{label}</span>
        <span className="qr-value">{value.replace(/^https?:\/\//, '').replace(/\/$/, '')}</span>
      </figcaption>
    </figure>
  );
}
