import { useContext, type ReactNode } from 'react';
import { NotesContext } from '../notes-context.ts';

/** A remark inside Notes for the speaker alone: shown in the presenter view, left out of the reading view, print and transcript. */
export function SpeakerOnly({ children }: { children?: ReactNode }) {
  return useContext(NotesContext) === 'speaker' ? <span className="speaker-only">{children}</span> : null;
}
