import { useEffect } from 'react';
import type { Mode } from '../navigation/location.ts';
import { useModule } from '../lazy/use-module.ts';
import { LoadNotice } from '../lazy/load-notice.tsx';
import { viewLoader, viewName } from './view-table.ts';

/**
 * A view asked for whose chunk failed to load: a notice over the current view (which stays up and keeps working)
 * while the chunk is retried, then `onLoaded(mode)` to switch to it.
 */
export function ViewRetry({ mode, onLoaded }: { mode: Mode; onLoaded: (mode: Mode) => void }) {
  const { module } = useModule(viewLoader(mode));
  useEffect(() => {
    if (module) onLoaded(mode);
  }, [module, mode, onLoaded]);
  return module ? null : <LoadNotice what={viewName(mode)} floating />;
}
