// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterMove } from './after-move.ts';

describe('afterMove', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('runs nothing before the next frame nor in it; then the tasks in the order listed, then the idle work in the order listed', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const frames: FrameRequestCallback[] = [];
    const idles: IdleRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
    vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => idles.push(callback));
    const ran: string[] = [];
    const idle = () => idles.splice(0).forEach((callback) => callback({ didTimeout: false, timeRemaining: () => 10 }));
    for (const [part, schedule] of Object.entries(afterMove)) schedule(() => ran.push(part));

    vi.runAllTimers();
    idle();
    expect(ran).toEqual([]);
    frames.splice(0).forEach((callback) => callback(0));
    expect(ran).toEqual([]);
    vi.runAllTimers();
    expect(ran).toEqual(['announce', 'tellOtherWindows', 'checkReady']);
    idle();
    expect(ran).toEqual(['announce', 'tellOtherWindows', 'checkReady', 'mountNeighbour', 'writeUrl', 'preloadNext', 'retitle']);
  });
});
