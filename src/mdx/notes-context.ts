import { createContext } from 'react';

/** True while rendering a slide's notes part: Notes elements show only there. */
export const NotesContext = createContext(false);
