import type { ReactNode } from 'react';
import { isLevel } from '../scale/scale.ts';
import '../scale/scale.css';
import './persona.css';

/** A person saying one line, drawn as a bubble with a tail; the words stay a quotation for assistive tech. */
export function SpeechBubble({ who, side, children }: { who: string; side: string; children?: ReactNode }) {
  if (!isLevel(side)) throw new Error(`Unknown side "${side}" for ${who}`);
  return (
    <figure className={`bubble level-${side}`}>
      <blockquote className="bubble-text">{children}</blockquote>
      <figcaption className="bubble-who">
        <span className="persona-badge" aria-hidden="true">
          {who.charAt(0)}
        </span>
        {who}
      </figcaption>
    </figure>
  );
}
