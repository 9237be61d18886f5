// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterFrame, afterPaint } from './after-frame.ts';

describe('afterPaint', () => {
  const frames: FrameRequestCallback[] = [];
  const idles: IdleRequestCallback[] = [];
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
  vi.stubGlobal('cancelAnimationFrame', (id: number) => delete frames[id - 1]);
  vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => idles.push(callback));
  vi.stubGlobal('cancelIdleCallback', (id: number) => delete idles[id - 1]);
  const runFrame = () => frames.splice(0).forEach((callback) => callback?.(0));
  const runIdle = () => idles.splice(0).forEach((callback) => callback?.({ didTimeout: false, timeRemaining: () => 10 }));
  afterEach(() => {
    frames.length = 0;
    idles.length = 0;
  });

  it('waits for a frame, then for idle time', () => {
    const callback = vi.fn();
    afterPaint(callback);
    runIdle();
    expect(callback).not.toHaveBeenCalled();
    runFrame();
    expect(callback).not.toHaveBeenCalled();
    runIdle();
    expect(callback).toHaveBeenCalledTimes(1);
  });

  it('can be cancelled before the frame or after it', () => {
    const early = vi.fn();
    afterPaint(early)();
    runFrame();
    runIdle();
    expect(early).not.toHaveBeenCalled();

    const late = vi.fn();
    const cancel = afterPaint(late);
    runFrame();
    cancel();
    runIdle();
    expect(late).not.toHaveBeenCalled();
  });

  it('does not wait for frames in a hidden tab, where none come', () => {
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    const callback = vi.fn();
    afterPaint(callback);
    runIdle();
    expect(callback).toHaveBeenCalledTimes(1);
  });
});

describe('afterFrame', () => {
  const frames: FrameRequestCallback[] = [];
  const runFrame = () => frames.splice(0).forEach((callback) => callback?.(0));
  beforeEach(() => {
    vi.restoreAllMocks();
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
    vi.stubGlobal('cancelAnimationFrame', (id: number) => delete frames[id - 1]);
  });
  afterEach(() => {
    frames.length = 0;
    vi.useRealTimers();
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  it('runs in a task after the next frame, not in it', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const callback = vi.fn();
    afterFrame(callback);
    vi.runAllTimers();
    expect(callback).not.toHaveBeenCalled();
    runFrame();
    expect(callback).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(callback).toHaveBeenCalledTimes(1);
  });

  it('can be cancelled before the frame or after it', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const early = vi.fn();
    afterFrame(early)();
    runFrame();
    vi.runAllTimers();
    expect(early).not.toHaveBeenCalled();

    const late = vi.fn();
    const cancel = afterFrame(late);
    runFrame();
    cancel();
    vi.runAllTimers();
    expect(late).not.toHaveBeenCalled();
  });

  it('uses a timer alone in a hidden tab', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    const callback = vi.fn();
    afterFrame(callback);
    vi.runAllTimers();
    expect(callback).toHaveBeenCalledTimes(1);
  });
});
