import type { ReactNode } from 'react';
import './quote-card.css';

interface PunchlineProps {
  children?: ReactNode;
  /** A quieter second line under the main one. */
  small?: ReactNode;
  align?: 'center' | 'start';
  size?: 'large' | 'medium';
}

/** A line set large for a typographic slide (where the original had a picture or a one-liner). */
export function Punchline({ children, small, align = 'start', size = 'large' }: PunchlineProps) {
  return (
    <div className={`punchline punchline-${align} punchline-${size}`}>
      <div className="punchline-main">{children}</div>
      {small && <div className="punchline-small">{small}</div>}
    </div>
  );
}
