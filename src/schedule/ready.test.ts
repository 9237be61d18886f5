// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { onceReady, track } from './ready.ts';

const frames = () => new Promise((resolve) => setTimeout(resolve, 80));

describe('data-ready', () => {
  it('is set once tracked work settles, and onceReady fires on the first time only', async () => {
    Object.defineProperty(document, 'fonts', { value: { ready: Promise.resolve() }, configurable: true });
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => setTimeout(() => callback(performance.now()), 5));
    const first = vi.fn();
    const cancelled = vi.fn();
    onceReady(first);
    const cancel = onceReady(cancelled);
    cancel();

    let finish = () => {};
    void track(new Promise<void>((resolve) => (finish = resolve)));
    await frames();
    expect(document.documentElement.dataset.ready).toBeUndefined();
    expect(first).not.toHaveBeenCalled();

    finish();
    await frames();
    expect(document.documentElement.dataset.ready).toBe('true');
    expect(first).toHaveBeenCalledTimes(1);
    expect(cancelled).not.toHaveBeenCalled();

    // Later work drops the flag again, but "first ready" has happened: new waiters run at once.
    let again = () => {};
    void track(new Promise<void>((resolve) => (again = resolve)));
    expect(document.documentElement.dataset.ready).toBeUndefined();
    const late = vi.fn();
    onceReady(late);
    expect(late).toHaveBeenCalledTimes(1);
    again();
    await frames();
    expect(first).toHaveBeenCalledTimes(1);
  });
});
