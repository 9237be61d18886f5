// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { onceReady, settle, track } from './ready.ts';

const waitFrames = () => new Promise((resolve) => setTimeout(resolve, 80));

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
    await waitFrames();
    expect(document.documentElement.dataset.ready).toBeUndefined();
    expect(first).not.toHaveBeenCalled();

    finish();
    await waitFrames();
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
    await waitFrames();
    expect(first).toHaveBeenCalledTimes(1);
  });

  it('after a move between ready states, reads the fonts’ status, not `ready` (which lays the page out), and asks for one frame only', async () => {
    let readyReads = 0;
    let fontsLoaded = () => {};
    const fonts = {
      status: 'loaded',
      get ready() {
        readyReads++;
        return fonts.status === 'loaded' ? Promise.resolve() : new Promise<void>((resolve) => (fontsLoaded = resolve));
      },
    };
    Object.defineProperty(document, 'fonts', { value: fonts, configurable: true });
    let frames = 0;
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => (frames++, setTimeout(() => callback(performance.now()), 5)));
    await track(Promise.resolve());
    await waitFrames();
    expect(document.documentElement.dataset.ready).toBe('true');

    readyReads = 0;
    frames = 0;
    settle();
    await waitFrames();
    expect(document.documentElement.dataset.ready).toBe('true');
    expect(readyReads).toBe(0);
    expect(frames).toBe(1);

    // A font the new slide needs is loading: not ready until it is in and painted.
    fonts.status = 'loading';
    settle();
    await waitFrames();
    expect(document.documentElement.dataset.ready).toBeUndefined();
    fonts.status = 'loaded';
    fontsLoaded();
    await waitFrames();
    expect(document.documentElement.dataset.ready).toBe('true');
  });
});
