import { Children, isValidElement, type ReactElement, type ReactNode } from 'react';
import { useRevealedSteps } from '../../frame/step-context.ts';
import './quote-card.css';

interface QuoteGridProps {
  children?: ReactNode;
  /** `steps={N}` walks through the N cards one per step (a literal attribute the compiler counts). */
  steps?: number;
  /** Set by the compiler: steps revealed on the slide before this grid. */
  stepOffset?: string | number;
}

type Card = ReactElement<{ source?: string }>;

/**
 * Quote cards. On stage (a finite step) one card at a time fills the slide in large type, beside the list of every
 * source with the current one marked; fully built (print, reading), every card in balanced columns.
 */
export function QuoteGrid({ children, steps, stepOffset = 0 }: QuoteGridProps) {
  const revealed = useRevealedSteps();
  const cards = Children.toArray(children).filter(isValidElement) as Card[];
  if (steps === undefined || !Number.isFinite(revealed)) {
    return (
      <div className="quote-grid">
        {cards.map((card, index) => (
          <div key={index} className="quote-cell">
            {card}
          </div>
        ))}
      </div>
    );
  }
  const current = Math.min(cards.length, Math.max(0, revealed - Number(stepOffset)));
  return (
    <div className="quote-spotlight">
      <ol className="quote-sources" aria-label="Sources">
        {cards.map((card, index) => (
          <li key={index} className={index + 1 === current ? 'quote-source-current' : index < current ? 'quote-source-seen' : undefined}>
            {card.props.source}
          </li>
        ))}
      </ol>
      <div className="quote-stage">{current > 0 ? cards[current - 1] : null}</div>
    </div>
  );
}
