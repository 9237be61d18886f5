import type { ReactNode } from 'react';
import './quote-card.css';

/** One attributed definition: the source named first (as the slide reads), then the quotation. */
export function QuoteCard({ source, children }: { source: string; children?: ReactNode }) {
  return (
    <figure className="quote-card">
      <figcaption>
        <cite>{source}</cite>
      </figcaption>
      <blockquote>{children}</blockquote>
    </figure>
  );
}
