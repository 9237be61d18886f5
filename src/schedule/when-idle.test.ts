import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenIdle } from './when-idle.ts';

describe('whenIdle', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('asks for an idle callback, with a deadline only when given one, and cancels it', () => {
    const requests: unknown[][] = [];
    const cancelled: number[] = [];
    vi.stubGlobal('requestIdleCallback', (...args: unknown[]) => requests.push(args));
    vi.stubGlobal('cancelIdleCallback', (id: number) => cancelled.push(id));
    const callback = () => {};
    whenIdle(callback);
    whenIdle(callback, { timeout: 200 })();
    expect(requests).toEqual([[callback], [callback, { timeout: 200 }]]);
    expect(cancelled).toEqual([2]);
  });

  it('falls back to a timer, 50 ms unless told otherwise, where there are no idle callbacks', () => {
    vi.stubGlobal('requestIdleCallback', undefined);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const late = vi.fn();
    const soon = vi.fn();
    const never = vi.fn();
    whenIdle(late);
    whenIdle(soon, { fallbackMs: 0 });
    whenIdle(never)();
    vi.advanceTimersByTime(0);
    expect(soon).toHaveBeenCalledTimes(1);
    expect(late).not.toHaveBeenCalled();
    vi.advanceTimersByTime(50);
    expect(late).toHaveBeenCalledTimes(1);
    expect(never).not.toHaveBeenCalled();
  });
});
