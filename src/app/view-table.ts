import { createElement, type ComponentType } from 'react';
import type { Mode } from '../navigation/location.ts';
import type { ViewProps } from '../views/view-props.ts';
import { preload } from '../lazy/use-module.ts';
import { lazyPart } from '../lazy/lazy-parts.ts';
import { lazyComponent } from '../lazy/lazy-component.tsx';
import { LoadNotice } from '../lazy/load-notice.tsx';
import { AudienceView } from '../views/audience/audience-view.tsx';

type ViewModule = { default: ComponentType<ViewProps> };

/**
 * The views in their own chunks, loaded when asked for (stable functions: the module cache is keyed by them). Parts
 * the deck warms when idle, but not for print: the print view needs none of them.
 */
const LOADERS: Record<Exclude<Mode, 'audience'>, () => Promise<ViewModule>> = {
  presenter: lazyPart(() => import('../views/presenter/presenter-view.tsx'), { print: false }),
  overview: lazyPart(() => import('../views/overview/overview-view.tsx'), { print: false }),
  print: lazyPart(() => import('../views/print/print-view.tsx'), { print: false }),
  read: lazyPart(() => import('../views/read/read-view.tsx'), { print: false }),
  remote: lazyPart(() => import('../views/remote/remote-view.tsx'), { print: false }),
};

const NAMES: Record<Mode, string> = {
  audience: 'the slides',
  presenter: 'the presenter view',
  overview: 'the overview',
  print: 'the print view',
  read: 'the reading view',
  remote: 'the phone remote',
};

/** How the notice shown while a view's chunk is retried names the view. */
export const viewName = (mode: Mode): string => NAMES[mode];

/** Shown instead of a view opened from the URL whose chunk failed to load, while it is retried. */
const failed = (mode: Mode) => createElement(LoadNotice, { what: viewName(mode), floating: true });

/** One view per mode; all but the audience view are separate chunks. */
export const VIEWS: Record<Mode, ComponentType<ViewProps>> = {
  audience: AudienceView,
  presenter: lazyComponent(LOADERS.presenter, { failing: failed('presenter') }),
  overview: lazyComponent(LOADERS.overview, { failing: failed('overview') }),
  print: lazyComponent(LOADERS.print, { failing: failed('print') }),
  read: lazyComponent(LOADERS.read, { failing: failed('read') }),
  remote: lazyComponent(LOADERS.remote, { failing: failed('remote') }),
};

/** The loader of a mode's view chunk; `null` for the audience view, which is in the start chunk. */
export function viewLoader(mode: Mode): (() => Promise<ViewModule>) | null {
  return mode === 'audience' ? null : LOADERS[mode];
}

/** Loads a mode's view, so a switch can keep the current view up until the next one is there; rejects if it fails. */
export function loadView(mode: Mode): Promise<unknown> {
  const loader = viewLoader(mode);
  return loader ? preload(loader) : Promise.resolve();
}
