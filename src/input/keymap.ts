import type { NavAction } from '../navigation/navigation.ts';

/** Commands that are not moves: views, screen toggles, the laser pointer, the pen and the theme. */
export type Command = 'overview' | 'presenter' | 'fullscreen' | 'blank' | 'help' | 'goto' | 'close' | 'laser' | 'pen' | 'undo' | 'clear' | 'theme';

/** One row of the keymap: the keys and what they do. How the help overlay words it is in key-help.ts. */
export interface KeyBinding {
  keys: readonly string[];
  run: NavAction | { command: Command };
}

/**
 * Every key the deck answers to, by name; the handler reads this table and the help overlay lists it (in this order)
 * with the words of key-help.ts, which the start chunk leaves out: they are for the help dialog only.
 */
export const KEYMAP = {
  next: { keys: ['ArrowRight', 'ArrowDown', ' ', 'PageDown', 'Enter'], run: { type: 'next' } },
  prev: { keys: ['ArrowLeft', 'ArrowUp', 'Shift+ ', 'PageUp', 'Backspace'], run: { type: 'prev' } },
  nextSlide: { keys: ['Shift+ArrowRight'], run: { type: 'nextSlide' } },
  prevSlide: { keys: ['Shift+ArrowLeft'], run: { type: 'prevSlide' } },
  first: { keys: ['Home'], run: { type: 'first' } },
  last: { keys: ['End'], run: { type: 'last' } },
  goto: { keys: ['g'], run: { command: 'goto' } },
  overview: { keys: ['o', 'Escape', 'Alt+o'], run: { command: 'overview' } },
  presenter: { keys: ['p', 'Alt+p'], run: { command: 'presenter' } },
  fullscreen: { keys: ['f'], run: { command: 'fullscreen' } },
  blank: { keys: ['b', '.'], run: { command: 'blank' } },
  laser: { keys: ['l'], run: { command: 'laser' } },
  pen: { keys: ['d'], run: { command: 'pen' } },
  undo: { keys: ['z'], run: { command: 'undo' } },
  clear: { keys: ['c'], run: { command: 'clear' } },
  theme: { keys: ['t'], run: { command: 'theme' } },
  help: { keys: ['?'], run: { command: 'help' } },
} as const satisfies Record<string, KeyBinding>;

/** The name of a row of the keymap. */
export type BindingName = keyof typeof KEYMAP;

/** The table key for an event: modifiers (Alt, Shift for non-printing keys) then the key, letters lower-cased. */
export function keyName(event: { key: string; altKey: boolean; shiftKey: boolean; ctrlKey: boolean; metaKey: boolean; code?: string }): string | null {
  if (event.ctrlKey || event.metaKey) return null;
  const letter = event.altKey && event.code?.startsWith('Key') ? event.code.slice(3).toLowerCase() : event.key;
  const key = letter.length === 1 ? letter.toLowerCase() : letter;
  const shift = event.shiftKey && (key.length > 1 || key === ' ') ? 'Shift+' : '';
  return `${event.altKey ? 'Alt+' : ''}${shift}${key}`;
}

const byKey = new Map<string, KeyBinding>(Object.values(KEYMAP).flatMap((binding) => binding.keys.map((key) => [key, binding] as const)));

/** The binding for a key event, if any. */
export function bindingFor(event: Parameters<typeof keyName>[0]): KeyBinding | undefined {
  const name = keyName(event);
  return name === null ? undefined : byKey.get(name);
}
