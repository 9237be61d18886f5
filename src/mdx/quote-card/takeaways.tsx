import type { ReactNode } from 'react';
import './quote-card.css';

/** The talk's key points (the summary): larger than any other list, so they outrank what follows them. */
export function Takeaways({ children }: { children?: ReactNode }) {
  return <div className="takeaways">{children}</div>;
}
