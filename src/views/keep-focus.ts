import type { MouseEvent } from 'react';

/**
 * For a button clicked with the mouse: focus stays where it was. A focused button keeps Space and Enter for itself,
 * so after clicking Start timer the next Space would pause the timer instead of moving the talk on. Tab still reaches it.
 */
export const keepFocus = (event: MouseEvent): void => event.preventDefault();
