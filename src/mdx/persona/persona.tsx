import type { ReactNode } from 'react';
import { isLevel } from '../scale/scale.ts';
import { ToolChips } from './tool-chips.tsx';
import '../scale/scale.css';
import './persona.css';

interface PersonaProps {
  name: string;
  /** Which side of the story the person stands on: "gentle" (Valera, Innokenty) or "hardcore" (Anna, Marusya). */
  side: string;
  /** A line above the name, e.g. "Use Case 1 — Online Store". */
  label?: string;
  /** Short facts shown as chips, e.g. "Running on premise". */
  tags?: readonly string[];
  /** Products the person works with, as text chips. */
  tools?: readonly string[];
  /** A one-line card for recap slides. */
  compact?: boolean;
  /** The person's story (markdown). */
  children?: ReactNode;
}

/** A person of the talk: initial badge, name, story, and chips, in the colour of their side. */
export function Persona({ name, side, label, tags, tools, compact, children }: PersonaProps) {
  if (!isLevel(side)) throw new Error(`Unknown side "${side}" for ${name}`);
  return (
    <article className={`persona level-${side}${compact ? ' persona-compact' : ''}`} aria-label={name}>
      <header className="persona-head">
        <span className="persona-badge" aria-hidden="true">
          {name.charAt(0)}
        </span>
        <div>
          {label && <p className="persona-label">{label}</p>}
          <h3 className="persona-name">{name}</h3>
        </div>
      </header>
      {children && <div className="persona-story">{children}</div>}
      {tags && tags.length > 0 && <ToolChips tools={tags} label={`About ${name}`} />}
      {tools && tools.length > 0 && <ToolChips tools={tools} label={`${name}'s tools`} />}
    </article>
  );
}
