import { createContext } from 'react';

/** Whom a slide's notes are rendered for: the speaker (presenter view: every remark) or the public (reading view, print: no speaker-only remarks). */
export type NotesReader = 'speaker' | 'public';

/** Set while rendering a slide's notes part (null on the slide itself): Notes elements show only there, SpeakerOnly only for the speaker. */
export const NotesContext = createContext<NotesReader | null>(null);
