import { Children, isValidElement, type ReactNode } from 'react';
import { useRevealedSteps } from '../../frame/step-context.ts';
import './quote-card.css';

interface QuoteGridProps {
  children?: ReactNode;
  /** `steps={N}` reveals the N cards one per step (a literal attribute the compiler counts). */
  steps?: number;
  /** Set by the compiler: steps revealed on the slide before this grid. */
  stepOffset?: string | number;
}

/** Quote cards in balanced columns; with steps, cards appear in order and the newest one is marked. */
export function QuoteGrid({ children, steps, stepOffset = 0 }: QuoteGridProps) {
  const revealed = useRevealedSteps();
  const cards = Children.toArray(children).filter(isValidElement);
  const offset = Number(stepOffset);
  const newest = steps !== undefined && Number.isFinite(revealed) ? revealed - offset - 1 : -1;
  return (
    <div className="quote-grid">
      {cards.map((card, index) => {
        const shown = steps === undefined || revealed > offset + Math.min(index, steps - 1);
        const className = `quote-cell${index === newest ? ' quote-newest' : ''}`;
        return (
          <div key={index} className={className} style={shown ? undefined : { visibility: 'hidden' }} aria-hidden={shown ? undefined : true}>
            {card}
          </div>
        );
      })}
    </div>
  );
}
