import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { track } from '../../schedule/ready.ts';
import { nextFrame } from '../../schedule/after-frame.ts';
import { preload } from '../../lazy/use-module.ts';
import { imagesSettled } from '../../print/images-settled.ts';

/**
 * Loads every module the printed pages need before the first render, so all pages mount at once, fully built;
 * holds `data-ready` off until they have rendered (lazy parts such as the highlighter are tracked by their own
 * components in that render) and their fonts and images have arrived.
 */
export function usePrintModules(loaders: readonly (() => Promise<unknown>)[]): boolean {
  const [loaded, setLoaded] = useState(false);
  const release = useRef<() => void>(() => {});

  // A layout effect: `data-ready` drops in the same commit that mounts the view, so no exporter sees a stale "true".
  useLayoutEffect(() => {
    let live = true;
    track(new Promise<void>((resolve) => (release.current = resolve)));
    setLoaded(false);
    void Promise.allSettled(loaders.map((load) => preload(load))).then(() => live && setLoaded(true));
    return () => {
      live = false;
      release.current();
    };
  }, [loaders]);

  useEffect(() => {
    if (!loaded) return;
    let live = true;
    void (async () => {
      await nextFrame();
      await Promise.all([document.fonts.ready, imagesSettled()]);
      if (live) release.current();
    })();
    return () => {
      live = false;
    };
  }, [loaded]);

  return loaded;
}
