// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isPrintViewReady, whenPrintViewReady } from './print-view-ready.ts';

describe('isPrintViewReady', () => {
  afterEach(() => {
    delete document.documentElement.dataset.ready;
    document.body.replaceChildren();
    vi.useRealTimers();
  });

  const showPrintView = () => {
    const view = document.createElement('main');
    view.setAttribute('data-print-pages', '3');
    document.body.append(view);
  };

  it('needs both the print view on screen and data-ready', () => {
    document.documentElement.dataset.ready = 'true';
    expect(isPrintViewReady()).toBe(false);
    showPrintView();
    expect(isPrintViewReady()).toBe(true);
    delete document.documentElement.dataset.ready;
    expect(isPrintViewReady()).toBe(false);
  });

  it('names nothing outside itself, so it runs as sent to a page', () => {
    document.documentElement.dataset.ready = 'true';
    showPrintView();
    expect(new Function(`return (${isPrintViewReady.toString()})()`)()).toBe(true);
  });

  it('waits until ready, or until the deadline', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'Date'] });
    const done = vi.fn();
    void whenPrintViewReady(1000).then(done);
    await vi.advanceTimersByTimeAsync(500);
    expect(done).not.toHaveBeenCalled();
    document.documentElement.dataset.ready = 'true';
    showPrintView();
    await vi.advanceTimersByTimeAsync(50);
    expect(done).toHaveBeenCalledTimes(1);

    const late = vi.fn();
    delete document.documentElement.dataset.ready;
    void whenPrintViewReady(1000).then(late);
    await vi.advanceTimersByTimeAsync(1000);
    expect(late).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(100);
    expect(late).toHaveBeenCalledTimes(1);
  });
});
