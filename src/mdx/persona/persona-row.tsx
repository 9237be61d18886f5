import type { ReactNode } from 'react';
import './persona.css';

/** Cards or bubbles side by side at equal height, sized to their content (unlike Horizontal, which fills the slide). */
export function PersonaRow({ children }: { children?: ReactNode }) {
  return <div className="persona-row">{children}</div>;
}
