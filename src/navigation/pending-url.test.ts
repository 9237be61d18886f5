// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RECOVER_PENDING_URL } from '../node/html/inline-scripts.ts';
import { keepPendingUrl } from './pending-url.ts';

describe('a URL write cut short by leaving the page', () => {
  afterEach(() => {
    sessionStorage.clear();
    vi.restoreAllMocks();
  });

  /** Runs the inline script as the next load of the tab would, with that load's navigation type. */
  const recover = (type: string) => {
    vi.spyOn(performance, 'getEntriesByType').mockReturnValue([{ type } as PerformanceNavigationTiming]);
    new Function(RECOVER_PENDING_URL)();
  };

  it('is put back on a reload or back/forward to the URL the page left with', () => {
    for (const type of ['reload', 'back_forward']) {
      history.replaceState(null, '', '/deck/?mode=audience#/4');
      keepPendingUrl('/deck/?mode=audience#/5');
      recover(type);
      expect(location.hash).toBe('#/5');
      expect(location.search).toBe('?mode=audience');
    }
  });

  it('is used once, never on a link or typed URL, nor over another URL', () => {
    history.replaceState(null, '', '/deck/#/4');
    keepPendingUrl('/deck/#/5');
    recover('navigate');
    expect(location.hash).toBe('#/4');
    expect(sessionStorage.length).toBe(1);
    recover('reload');
    expect(location.hash).toBe('#/5');
    history.replaceState(null, '', '/deck/#/4');
    recover('reload');
    expect(location.hash).toBe('#/4');

    history.replaceState(null, '', '/deck/#/4');
    keepPendingUrl('/deck/#/5');
    history.replaceState(null, '', '/deck/#/9');
    recover('reload');
    expect(location.hash).toBe('#/9');
    expect(sessionStorage.length).toBe(0);
  });

  it('does not stop the page when storage is off', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(() => keepPendingUrl('/deck/#/5')).not.toThrow();
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(() => recover('reload')).not.toThrow();
  });
});
