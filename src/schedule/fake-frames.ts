import { afterEach, beforeEach, vi } from 'vitest';

/**
 * For a test file under jsdom, which has neither frames nor `document.fonts`: in each test, frames are zero timers
 * and the fonts are ready, so the `data-ready` bookkeeping of lazy loads runs; `fakeTimers` fakes the timers too.
 */
export function withFakeFrames({ fakeTimers = false }: { fakeTimers?: boolean } = {}): void {
  beforeEach(() => {
    Object.defineProperty(document, 'fonts', { value: { ready: Promise.resolve() }, configurable: true });
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => setTimeout(() => callback(0), 0));
    if (fakeTimers) vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });
}
