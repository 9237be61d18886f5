import { memo, type ComponentType } from 'react';
import { useModule } from '../lazy/use-module.ts';
import { LoadNotice } from '../lazy/load-notice.tsx';
import type { ContentModule } from './deck-types.ts';

/**
 * Renders a lazily loaded MDX part; an empty placeholder keeps the frame while it loads, and a notice while a load
 * that failed is retried (`what` names the part in it).
 */
export const SlideContent = memo(function SlideContent({ load, what = 'this slide' }: { load: () => Promise<ContentModule>; what?: string }) {
  const { module, error } = useModule(load);
  if (!module) return error === undefined ? <div className="slide-loading" aria-busy="true" /> : <LoadNotice what={what} />;
  const Content: ComponentType = module.default;
  return <Content />;
});
