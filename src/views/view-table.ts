import { lazy, type ComponentType } from 'react';
import type { Mode } from '../navigation/location.ts';
import type { ViewProps } from './view-props.ts';
import { track } from '../deck/ready.ts';
import { AudienceView } from './audience-view.tsx';

/** One view per mode; all but the audience view are separate chunks, loaded when asked for. */
export const VIEWS: Record<Mode, ComponentType<ViewProps>> = {
  audience: AudienceView,
  presenter: AudienceView,
  overview: AudienceView,
  print: AudienceView,
  read: lazyView(() => import('./read-view.tsx')),
};

/** A view in its own chunk (`lazyView(() => import('./print-view.tsx'))`); `data-ready` waits for it. */
export function lazyView(load: () => Promise<{ default: ComponentType<ViewProps> }>): ComponentType<ViewProps> {
  return lazy(() => track(load()));
}
