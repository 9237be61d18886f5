import { createElement, type ComponentType } from 'react';
import type { Mode } from '../navigation/location.ts';
import type { ViewProps } from './view-props.ts';
import { preload, useModule } from '../deck/use-module.ts';
import { AudienceView } from './audience-view.tsx';

type ViewModule = { default: ComponentType<ViewProps> };

/** The views in their own chunks, loaded when asked for (stable functions: the module cache is keyed by them). */
const LOADERS: Record<Exclude<Mode, 'audience'>, () => Promise<ViewModule>> = {
  presenter: () => import('./presenter-view.tsx'),
  overview: () => import('./overview-view.tsx'),
  print: () => import('./print-view.tsx'),
  read: () => import('./read-view.tsx'),
};

/**
 * A view in its own chunk. It renders nothing until the chunk is there, then the view in the same render: no
 * Suspense, whose reveal React holds back a few hundred ms (which an export would wait out). Loading is tracked
 * for `data-ready`; a chunk that fails to load throws to the error boundary like any render error.
 */
function lazyView(load: () => Promise<ViewModule>): ComponentType<ViewProps> {
  return function LazyView(props: ViewProps) {
    const { module, error } = useModule(load);
    if (error !== undefined) throw error;
    return module ? createElement(module.default, props) : null;
  };
}

/** One view per mode; all but the audience view are separate chunks. */
export const VIEWS: Record<Mode, ComponentType<ViewProps>> = {
  audience: AudienceView,
  presenter: lazyView(LOADERS.presenter),
  overview: lazyView(LOADERS.overview),
  print: lazyView(LOADERS.print),
  read: lazyView(LOADERS.read),
};

/** Loads a mode's view (settled either way), so a switch can keep the current view up until the next one is there. */
export function loadView(mode: Mode): Promise<unknown> {
  return mode === 'audience' ? Promise.resolve() : preload(LOADERS[mode]).catch(() => undefined);
}
