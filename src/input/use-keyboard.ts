import { useEffect, useRef } from 'react';
import type { NavAction } from '../navigation/navigation.ts';
import { bindingFor, type Command } from './keymap.ts';

function isTyping(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  if (!element || !element.tagName) return false;
  return element.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName);
}

/** Focusable controls keep their own Enter and Space. */
function isControl(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return !!element?.closest?.('button, a[href], summary, [role="button"]');
}

interface Handlers {
  move: (action: NavAction) => void;
  command: (command: Command, argument?: number) => void;
  enabled?: boolean;
}

/** Keyboard input from the keymap table; digits typed then Enter jump to that slide. */
export function useKeyboard({ move, command, enabled = true }: Handlers): void {
  const digits = useRef('');
  const handlers = useRef({ move, command });
  handlers.current = { move, command };

  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTyping(event.target)) return;
      if (/^[0-9]$/.test(event.key) && !event.altKey && !event.ctrlKey && !event.metaKey) {
        digits.current = (digits.current + event.key).slice(-5);
        return;
      }
      if (event.key === 'Enter' && digits.current) {
        event.preventDefault();
        const slide = Number(digits.current);
        digits.current = '';
        handlers.current.move({ type: 'goto', slide });
        return;
      }
      digits.current = '';
      const binding = bindingFor(event);
      if (!binding) return;
      if ((event.key === 'Enter' || event.key === ' ') && isControl(event.target)) return;
      event.preventDefault();
      if ('command' in binding.run) handlers.current.command(binding.run.command);
      else handlers.current.move(binding.run);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}
