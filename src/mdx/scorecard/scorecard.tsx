import { lazyPart, useModule } from '../../deck/use-module.ts';
import { LoadNotice } from '../../deck/load-notice.tsx';
import type { ScorecardProps } from './scorecard-view.tsx';

// The table, its data and styles are one lazy chunk: only slide 29 needs them.
const loadView = lazyPart(() => import('./scorecard-view.tsx'));

/** `<Scorecard steps={1} />` in MDX; renders once its chunk arrives (the deck waits for it before `data-ready`). */
export function Scorecard(props: ScorecardProps) {
  const { module, error } = useModule(loadView);
  if (module) return <module.default {...props} />;
  return error === undefined ? <div className="scorecard-loading" aria-busy="true" /> : <LoadNotice what="this part of the slide" />;
}
