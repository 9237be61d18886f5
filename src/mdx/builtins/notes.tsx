import { useContext, type ReactNode } from 'react';
import { NotesContext } from '../notes-context.ts';

/** Speaker notes: hidden on the slide, shown in the presenter, print-with-notes and reading views. */
export function Notes({ children }: { children?: ReactNode }) {
  const showing = useContext(NotesContext);
  return showing ? <div className="notes-content">{children}</div> : null;
}
