import type { NavAction } from '../navigation/navigation.ts';

/** Commands that are not moves: views, screen toggles, the laser pointer, the pen and the theme. */
export type Command = 'overview' | 'presenter' | 'fullscreen' | 'blank' | 'help' | 'goto' | 'close' | 'laser' | 'pen' | 'undo' | 'clear' | 'theme';

/** One row of the keymap: the keys, what they do, and how the help overlay describes them. */
export interface KeyBinding {
  keys: readonly string[];
  label: string;
  description: string;
  run: NavAction | { command: Command };
}

/** Every key the deck answers to; the handler and the help overlay both read this table. */
export const KEYMAP: readonly KeyBinding[] = [
  {
    keys: ['ArrowRight', 'ArrowDown', ' ', 'PageDown', 'Enter'],
    label: '→ ↓ Space PageDown Enter',
    description: 'Next step, then next slide',
    run: { type: 'next' },
  },
  {
    keys: ['ArrowLeft', 'ArrowUp', 'Shift+ ', 'PageUp', 'Backspace'],
    label: '← ↑ Shift+Space PageUp Backspace',
    description: 'Previous step, then previous slide',
    run: { type: 'prev' },
  },
  { keys: ['Shift+ArrowRight'], label: 'Shift+→', description: 'Next slide, skipping steps', run: { type: 'nextSlide' } },
  { keys: ['Shift+ArrowLeft'], label: 'Shift+←', description: 'Previous slide, skipping steps', run: { type: 'prevSlide' } },
  { keys: ['Home'], label: 'Home', description: 'First slide', run: { type: 'first' } },
  { keys: ['End'], label: 'End', description: 'Last slide', run: { type: 'last' } },
  { keys: ['g'], label: 'g, or digits then Enter', description: 'Go to a slide by number or title', run: { command: 'goto' } },
  { keys: ['o', 'Escape', 'Alt+o'], label: 'o, Esc, Alt+O', description: 'Overview of all slides', run: { command: 'overview' } },
  { keys: ['p', 'Alt+p'], label: 'p, Alt+P', description: 'Presenter view (opens or focuses its window)', run: { command: 'presenter' } },
  { keys: ['f'], label: 'f', description: 'Fullscreen', run: { command: 'fullscreen' } },
  { keys: ['b', '.'], label: 'b or .', description: 'Blank the screen (toggle)', run: { command: 'blank' } },
  { keys: ['l'], label: 'l', description: 'Laser pointer (toggle)', run: { command: 'laser' } },
  { keys: ['d'], label: 'd', description: 'Pen: draw on the slide (toggle)', run: { command: 'pen' } },
  { keys: ['z'], label: 'z', description: 'Undo the last stroke on this slide', run: { command: 'undo' } },
  { keys: ['c'], label: 'c', description: 'Clear the drawings on this slide', run: { command: 'clear' } },
  { keys: ['t'], label: 't', description: 'Theme: auto, light or dark (kept for next time)', run: { command: 'theme' } },
  { keys: ['?'], label: '?', description: 'This help', run: { command: 'help' } },
];

/** The table key for an event: modifiers (Alt, Shift for non-printing keys) then the key, letters lower-cased. */
export function keyName(event: { key: string; altKey: boolean; shiftKey: boolean; ctrlKey: boolean; metaKey: boolean; code?: string }): string | null {
  if (event.ctrlKey || event.metaKey) return null;
  const letter = event.altKey && event.code?.startsWith('Key') ? event.code.slice(3).toLowerCase() : event.key;
  const key = letter.length === 1 ? letter.toLowerCase() : letter;
  const shift = event.shiftKey && (key.length > 1 || key === ' ') ? 'Shift+' : '';
  return `${event.altKey ? 'Alt+' : ''}${shift}${key}`;
}

const byKey = new Map(KEYMAP.flatMap((binding) => binding.keys.map((key) => [key, binding] as const)));

/** The binding for a key event, if any. */
export function bindingFor(event: Parameters<typeof keyName>[0]): KeyBinding | undefined {
  const name = keyName(event);
  return name === null ? undefined : byKey.get(name);
}
