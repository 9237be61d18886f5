import type { ComponentType } from 'react';
import type { Mode } from '../navigation/location.ts';
import type { ViewProps } from './view-props.ts';
import { lazyDefault, preload } from '../deck/use-module.ts';
import { AudienceView } from './audience-view.tsx';

type ViewModule = { default: ComponentType<ViewProps> };

/** The views in their own chunks, loaded when asked for (stable functions: the module cache is keyed by them). */
const LOADERS: Record<Exclude<Mode, 'audience'>, () => Promise<ViewModule>> = {
  presenter: () => import('./presenter-view.tsx'),
  overview: () => import('./overview-view.tsx'),
  print: () => import('./print-view.tsx'),
  read: () => import('./read-view.tsx'),
};

/** One view per mode; all but the audience view are separate chunks. */
export const VIEWS: Record<Mode, ComponentType<ViewProps>> = {
  audience: AudienceView,
  presenter: lazyDefault(LOADERS.presenter),
  overview: lazyDefault(LOADERS.overview),
  print: lazyDefault(LOADERS.print),
  read: lazyDefault(LOADERS.read),
};

/** Loads a mode's view (settled either way), so a switch can keep the current view up until the next one is there. */
export function loadView(mode: Mode): Promise<unknown> {
  return mode === 'audience' ? Promise.resolve() : preload(LOADERS[mode]).catch(() => undefined);
}
