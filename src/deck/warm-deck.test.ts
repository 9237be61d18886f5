// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isLoaded } from '../lazy/use-module.ts';
import { lazyPart } from '../lazy/lazy-parts.ts';
import { warmInIdle } from './warm-deck.ts';

describe('warmInIdle', () => {
  const idles: IdleRequestCallback[] = [];
  /** Idle time, then a task: the loads started in it have settled. */
  const runIdle = async () => {
    idles.splice(0).forEach((callback) => callback({ didTimeout: false, timeRemaining: () => 10 }));
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  const load = vi.fn();

  beforeEach(() => {
    vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => idles.push(callback));
    vi.stubGlobal('cancelIdleCallback', (id: number) => delete idles[id - 1]);
    const faces = [{ family: '"Inter Variable"' }, { family: 'Inter Variable' }, { family: 'JetBrains Mono Variable' }];
    Object.defineProperty(document, 'fonts', {
      value: { forEach: (visit: (face: FontFace) => void) => faces.forEach((face) => visit(face as FontFace)), load },
      configurable: true,
    });
    load.mockReset().mockResolvedValue([]);
  });
  afterEach(() => {
    idles.length = 0;
    vi.unstubAllGlobals();
  });

  it('loads a few chunks per idle callback, each batch after the last, then the fonts of each family once', async () => {
    const loaders = Array.from({ length: 7 }, (_, index) => vi.fn(() => Promise.resolve(index)));
    const onWarm = vi.fn();
    warmInIdle(loaders, onWarm);
    expect(loaders[0]).not.toHaveBeenCalled();
    await runIdle();
    expect(loaders.map((loader) => loader.mock.calls.length)).toEqual([1, 1, 1, 0, 0, 0, 0]);
    await runIdle();
    await runIdle();
    expect(loaders.every((loader) => isLoaded(loader))).toBe(true);
    expect(onWarm).not.toHaveBeenCalled();
    await runIdle();
    expect(load.mock.calls.map(([font]) => font)).toEqual(['16px "Inter Variable"', '16px "JetBrains Mono Variable"']);
    expect(onWarm).toHaveBeenCalledTimes(1);
  });

  it('also warms the parts that a module it loaded declares (the code block declares its highlighter)', async () => {
    const highlighter = vi.fn(() => Promise.resolve('highlighter'));
    const codeBlock = vi.fn(() => {
      lazyPart(highlighter);
      return Promise.resolve('code block');
    });
    const onWarm = vi.fn();
    warmInIdle([codeBlock], onWarm);
    for (let pass = 0; pass < 4; pass++) await runIdle();
    expect(highlighter).toHaveBeenCalledTimes(1);
    expect(onWarm).toHaveBeenCalledTimes(1);
  });

  it('waits a second after a key press or a click before the next batch', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'performance'] });
    const loaders = Array.from({ length: 4 }, (_, index) => vi.fn(() => Promise.resolve(index)));
    warmInIdle(loaders, () => {});
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight' }));
    idles.splice(0).forEach((callback) => callback({ didTimeout: false, timeRemaining: () => 10 }));
    expect(loaders[0]).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(999);
    expect(idles).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    idles.splice(0).forEach((callback) => callback({ didTimeout: false, timeRemaining: () => 10 }));
    expect(loaders.map((loader) => loader.mock.calls.length)).toEqual([1, 1, 1, 0]);
    vi.useRealTimers();
  });

  it('tries what failed again when the browser is back online, and only then is warm', async () => {
    let online = false;
    const flaky = vi.fn(() => (online ? Promise.resolve('module') : Promise.reject(new Error('offline'))));
    const onWarm = vi.fn();
    warmInIdle([flaky], onWarm);
    await runIdle();
    await runIdle();
    expect(onWarm).not.toHaveBeenCalled();
    expect(idles).toHaveLength(0);
    online = true;
    window.dispatchEvent(new Event('online'));
    await runIdle();
    await runIdle();
    expect(flaky).toHaveBeenCalledTimes(2);
    expect(onWarm).toHaveBeenCalledTimes(1);
  });
});
