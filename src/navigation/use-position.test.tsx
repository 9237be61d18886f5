// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { usePosition } from './use-position.ts';

const SHAPE = [0, 0, 0, 0, 0];

describe('usePosition and the URL', () => {
  const frames: FrameRequestCallback[] = [];
  const idles: IdleRequestCallback[] = [];
  /** The frame after a move, then the idle time after it: when the hash is written. */
  const paint = () =>
    act(() => {
      frames.splice(0).forEach((callback) => callback?.(0));
      idles.splice(0).forEach((callback) => callback?.({ didTimeout: false, timeRemaining: () => 10 }));
    });

  beforeEach(() => {
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
    vi.stubGlobal('cancelAnimationFrame', (id: number) => delete frames[id - 1]);
    vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => idles.push(callback));
    vi.stubGlobal('cancelIdleCallback', (id: number) => delete idles[id - 1]);
    history.replaceState(null, '', '/deck/?mode=audience#/1');
  });
  afterEach(() => {
    frames.length = 0;
    idles.length = 0;
    vi.unstubAllGlobals();
  });

  it('writes the hash after the frame that shows the move, one history entry per slide', () => {
    const { result } = renderHook(() => usePosition(SHAPE));
    const entries = history.length;
    act(() => result.current[1]({ type: 'next' }));
    expect(result.current[0]).toEqual({ slide: 2, step: 0 });
    // Not in the key press: the history write is a round trip to the browser process.
    expect(location.hash).toBe('#/1');
    paint();
    expect(location.hash).toBe('#/2');
    expect(location.search).toBe('?mode=audience');
    expect(history.length).toBe(entries + 1);
  });

  it('writes a pending slide at once when the next move comes first, so quick presses keep their entries', () => {
    const { result } = renderHook(() => usePosition(SHAPE));
    const entries = history.length;
    act(() => result.current[1]({ type: 'next' }));
    act(() => result.current[1]({ type: 'next' }));
    expect(location.hash).toBe('#/2');
    paint();
    expect(location.hash).toBe('#/3');
    expect(history.length).toBe(entries + 2);
  });

  it('drops a pending write when the URL changes first (back, or a typed hash)', () => {
    const { result } = renderHook(() => usePosition(SHAPE));
    act(() => result.current[1]({ type: 'next' }));
    act(() => {
      history.replaceState(null, '', '#/5');
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    paint();
    expect(result.current[0]).toEqual({ slide: 5, step: 0 });
    expect(location.hash).toBe('#/5');
  });

  it('writes what is pending when the deck unmounts', () => {
    const { result, unmount } = renderHook(() => usePosition(SHAPE));
    act(() => result.current[1]({ type: 'last' }));
    unmount();
    expect(location.hash).toBe('#/5');
  });

  it('keeps a write still pending when the page goes (reload, link), and nothing once written', () => {
    const { result } = renderHook(() => usePosition(SHAPE));
    act(() => result.current[1]({ type: 'next' }));
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(JSON.parse(sessionStorage.getItem('deck:pending-url') ?? 'null')).toEqual({ from: location.href, to: new URL('#/2', location.href).href });
    sessionStorage.clear();
    paint();
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(sessionStorage.length).toBe(0);
  });
});
