import { KEYMAP, type BindingName } from './keymap.ts';

/** How the help overlay words one row of the keymap: its keys as printed, and what they do. */
export interface KeyHelp {
  label: string;
  description: string;
}

/** The help overlay's words for every row of the keymap: one each, the type says so. */
export const KEY_HELP: Record<BindingName, KeyHelp> = {
  next: { label: '→ ↓ Space PageDown Enter', description: 'Next step, then next slide' },
  prev: { label: '← ↑ Shift+Space PageUp Backspace', description: 'Previous step, then previous slide' },
  nextSlide: { label: 'Shift+→', description: 'Next slide, skipping steps' },
  prevSlide: { label: 'Shift+←', description: 'Previous slide, skipping steps' },
  first: { label: 'Home', description: 'First slide' },
  last: { label: 'End', description: 'Last slide' },
  goto: { label: 'g, or digits then Enter', description: 'Go to a slide by number or title' },
  overview: { label: 'o, Esc, Alt+O', description: 'Overview of all slides' },
  presenter: { label: 'p, Alt+P', description: 'Presenter view (opens or focuses its window)' },
  fullscreen: { label: 'f', description: 'Fullscreen' },
  blank: { label: 'b or .', description: 'Blank the screen (toggle)' },
  laser: { label: 'l', description: 'Laser pointer (toggle)' },
  pen: { label: 'd', description: 'Pen: draw on the slide (toggle)' },
  undo: { label: 'z', description: 'Undo the last stroke on this slide' },
  clear: { label: 'c', description: 'Clear the drawings on this slide' },
  theme: { label: 't', description: 'Theme: auto, light or dark (kept for next time)' },
  help: { label: '?', description: 'This help' },
};

/** The rows the help overlay lists, in the keymap's order. */
export const HELP_ROWS: readonly KeyHelp[] = (Object.keys(KEYMAP) as BindingName[]).map((name) => KEY_HELP[name]);
