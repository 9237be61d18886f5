import { lazyPart, useModule } from '../../deck/use-module.ts';
import { LoadNotice } from '../../deck/load-notice.tsx';
import type { ArchitectureDiagramProps } from './architecture-diagram-view.tsx';

// Layout, data and styles load as their own chunk: the first slide never needs them, so start-up stays small.
const loadView = lazyPart(() => import('./architecture-diagram-view.tsx'));

/** `<ArchitectureDiagram diagram="…" />` in MDX; renders once its chunk arrives (the deck waits for it before `data-ready`). */
export function ArchitectureDiagram(props: ArchitectureDiagramProps) {
  const { module, error } = useModule(loadView);
  if (module) return <module.default {...props} />;
  return error === undefined ? <div className="arch-loading" aria-busy="true" /> : <LoadNotice what="this part of the slide" />;
}
