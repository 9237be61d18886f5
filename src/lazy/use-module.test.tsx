// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { preload, useModule } from './use-module.ts';
import { withFakeFrames } from '../schedule/fake-frames.ts';

/** A loader that fails its first `failures` calls (as offline), then loads `value`; `calls()` counts them. */
function flaky<T>(failures: number, value: T) {
  let calls = 0;
  const loader = () => (++calls <= failures ? Promise.reject(new Error('offline')) : Promise.resolve(value));
  return Object.assign(loader, { calls: () => calls });
}

describe('lazy modules that fail to load', () => {
  withFakeFrames({ fakeTimers: true });

  it('are not cached: the next preload tries again, and a loaded one is not loaded twice', async () => {
    const loader = flaky(1, 'module');
    await expect(preload(loader)).rejects.toThrow('offline');
    await expect(preload(loader)).resolves.toBe('module');
    await expect(preload(loader)).resolves.toBe('module');
    expect(loader.calls()).toBe(2);
  });

  it('are retried for what shows them, with a growing wait, until one loads', async () => {
    const loader = flaky(2, 'module');
    const { result } = renderHook(() => useModule(loader));
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(result.current).toEqual({ module: undefined, error: new Error('offline') });
    await act(() => vi.advanceTimersByTimeAsync(999));
    expect(loader.calls()).toBe(1);
    await act(() => vi.advanceTimersByTimeAsync(1));
    expect(loader.calls()).toBe(2);
    await act(() => vi.advanceTimersByTimeAsync(1999));
    expect(loader.calls()).toBe(2);
    expect(result.current.error).toEqual(new Error('offline'));
    await act(() => vi.advanceTimersByTimeAsync(1));
    expect(loader.calls()).toBe(3);
    expect(result.current).toEqual({ module: 'module', error: undefined });
  });

  it('are retried at once when the browser is back online', async () => {
    const loader = flaky(1, 'module');
    const { result } = renderHook(() => useModule(loader));
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(result.current.error).toBeDefined();
    await act(async () => {
      window.dispatchEvent(new Event('online'));
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(loader.calls()).toBe(2);
    expect(result.current.module).toBe('module');
  });

  it('are no longer retried once nothing shows them', async () => {
    const loader = flaky(1, 'module');
    const { unmount } = renderHook(() => useModule(loader));
    await act(() => vi.advanceTimersByTimeAsync(0));
    unmount();
    await vi.advanceTimersByTimeAsync(60_000);
    window.dispatchEvent(new Event('online'));
    expect(loader.calls()).toBe(1);
  });
});
