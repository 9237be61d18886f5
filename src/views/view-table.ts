import { createElement, lazy, useEffect, type ComponentType } from 'react';
import type { Mode } from '../navigation/location.ts';
import type { ViewProps } from './view-props.ts';
import { track } from '../deck/ready.ts';
import { AudienceView } from './audience-view.tsx';

/** One view per mode; all but the audience view are separate chunks, loaded when asked for. */
export const VIEWS: Record<Mode, ComponentType<ViewProps>> = {
  audience: AudienceView,
  presenter: lazyView(() => import('./presenter-view.tsx')),
  overview: lazyView(() => import('./overview-view.tsx')),
  print: lazyView(() => import('./print-view.tsx')),
  read: lazyView(() => import('./read-view.tsx')),
};

/**
 * A view in its own chunk (`lazyView(() => import('./print-view.tsx'))`). `data-ready` waits until the view
 * has mounted, not just loaded: React reveals a suspended view a few hundred ms after its chunk arrives.
 */
export function lazyView(load: () => Promise<{ default: ComponentType<ViewProps> }>): ComponentType<ViewProps> {
  return lazy(() => {
    let mounted = () => {};
    void track(new Promise<void>((resolve) => (mounted = resolve)));
    return load().then(
      ({ default: View }) => ({
        default: function MountedView(props: ViewProps) {
          useEffect(() => mounted(), []);
          return createElement(View, props);
        },
      }),
      (error: unknown) => {
        mounted();
        throw error;
      },
    );
  });
}
