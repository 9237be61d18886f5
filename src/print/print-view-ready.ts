/**
 * Whether the print view is up and the deck has settled (`data-ready`): every page rendered, fonts and images in.
 * What Ctrl+P waits for; the exporter checks the same two things from its own in-page wait (load-print-view.ts's
 * `printedPages`, which also lists the pages). It names nothing outside itself.
 */
export function isPrintViewReady(): boolean {
  return document.documentElement.dataset.ready === 'true' && document.querySelector('[data-print-pages]') !== null;
}

/** Resolves once the print view is ready, checking every 50 ms, or after `timeoutMs` with whatever is there. */
export function whenPrintViewReady(timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve) => {
    const check = () => (isPrintViewReady() || Date.now() > deadline ? resolve() : setTimeout(check, 50));
    check();
  });
}
