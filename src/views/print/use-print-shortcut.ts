import { useEffect } from 'react';
import type { Mode } from '../../navigation/location.ts';
import { whenPrintViewReady } from '../../print/print-view-ready.ts';

/** Longest wait for the print view to settle before printing what is there. */
const READY_TIMEOUT = 30_000;

/**
 * The browser's Ctrl+P (⌘P) prints the whole deck from any view: switch to the print view, wait until every slide
 * is ready, print, then come back. (Printing from the browser menu cannot wait: it prints the current slide, full page.)
 */
export function usePrintShortcut(mode: Mode, setMode: (mode: Mode) => void): void {
  useEffect(() => {
    if (mode === 'print') return;
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey || event.key.toLowerCase() !== 'p') return;
      event.preventDefault();
      setMode('print');
      void whenPrintViewReady(READY_TIMEOUT).then(() => {
        addEventListener('afterprint', () => setMode(mode), { once: true });
        print();
      });
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, [mode, setMode]);
}
