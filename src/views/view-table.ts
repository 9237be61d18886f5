import { lazy, type ComponentType } from 'react';
import type { Mode } from '../navigation/location.ts';
import type { ViewProps } from './view-props.ts';
import { AudienceView } from './audience-view.tsx';

/** One view per mode; all but the audience view are separate chunks, loaded when asked for. */
export const VIEWS: Record<Mode, ComponentType<ViewProps>> = {
  audience: AudienceView,
  presenter: AudienceView,
  overview: AudienceView,
  print: AudienceView,
  read: AudienceView,
};

/** Lazy view chunk helper: `lazyView(() => import('./print-view.tsx'))` for a module whose default export is the view. */
export function lazyView(load: () => Promise<{ default: ComponentType<ViewProps> }>): ComponentType<ViewProps> {
  return lazy(load);
}
