import type { ReactNode } from 'react';
import './quote-card.css';

/** Smaller body text for a slide with many lines, so it fits the frame without being split. */
export function Dense({ children }: { children?: ReactNode }) {
  return <div className="dense">{children}</div>;
}
