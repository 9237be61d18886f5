import { useCallback, useEffect, useReducer, useRef } from 'react';
import { navigate, samePosition, type DeckShape, type NavAction, type Position } from './navigation.ts';
import { formatHash, parseHash } from './location.ts';

const START: Position = { slide: 1, step: 0 };

/** The one owner of the position: a reducer fed by every input, mirrored into the URL hash (history per slide). */
export function usePosition(shape: DeckShape, { history: historyMode = 'per-slide' }: { history?: 'per-slide' | 'replace' } = {}): [Position, (action: NavAction) => void] {
  const reducer = useCallback((position: Position, action: NavAction) => {
    const next = navigate(position, action, shape);
    return samePosition(next, position) ? position : next;
  }, [shape]);
  const [position, dispatch] = useReducer(reducer, undefined, () =>
    typeof location === 'undefined' ? START : (parseHash(location.hash, shape) ?? START),
  );
  const written = useRef<Position | null>(null);

  useEffect(() => {
    const fromUrl = () => {
      const target = parseHash(location.hash, shape) ?? START;
      written.current = target;
      dispatch({ type: 'goto', slide: target.slide, step: target.step });
    };
    window.addEventListener('popstate', fromUrl);
    window.addEventListener('hashchange', fromUrl);
    return () => {
      window.removeEventListener('popstate', fromUrl);
      window.removeEventListener('hashchange', fromUrl);
    };
  }, [shape]);

  useEffect(() => {
    const previous = written.current;
    written.current = position;
    if (location.hash === formatHash(position)) return;
    const url = `${location.pathname}${location.search}${formatHash(position)}`;
    if (historyMode === 'per-slide' && previous && previous.slide !== position.slide) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }, [position, historyMode]);

  return [position, dispatch];
}
