interface IdleOptions {
  /** Run by then even if the browser never idles (ms); none by default. */
  timeout?: number;
  /** The timer's delay where the browser has no idle callbacks (Safari). */
  fallbackMs?: number;
}

/** Runs `callback` in an idle callback (a timer where there are none, as in Safari); returns its cancel function. */
export function whenIdle(callback: () => void, { timeout, fallbackMs = 50 }: IdleOptions = {}): () => void {
  if (typeof requestIdleCallback !== 'function') {
    const timer = setTimeout(callback, fallbackMs);
    return () => clearTimeout(timer);
  }
  const id = timeout === undefined ? requestIdleCallback(callback) : requestIdleCallback(callback, { timeout });
  return () => cancelIdleCallback(id);
}
