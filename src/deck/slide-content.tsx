import { memo, type ComponentType } from 'react';
import { useModule } from './use-module.ts';
import type { ContentModule } from './deck-types.ts';

/** Renders a lazily loaded MDX part; an empty placeholder keeps the frame while it loads. */
export const SlideContent = memo(function SlideContent({ load }: { load: () => Promise<ContentModule> }) {
  const { module, error } = useModule(load);
  if (error) throw error;
  if (!module) return <div className="slide-loading" aria-busy="true" />;
  const Content: ComponentType = module.default;
  return <Content />;
});
