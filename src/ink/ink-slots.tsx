import { useContext } from 'react';
import { InkContext } from './ink-context.ts';
import type { Page } from './stroke.ts';

/** The page's ink layer (ink-layer.tsx) once the ink code has loaded; nothing is drawn before. */
export function InkLayerSlot({ page }: { page: Page }) {
  const ink = useContext(InkContext);
  return ink ? <ink.parts.InkLayer page={page} /> : null;
}

/** The tool's toolbar (ink-toolbar.tsx) once the ink code has loaded; no tool is on before. */
export function InkToolbarSlot({ page }: { page: Page }) {
  const ink = useContext(InkContext);
  return ink ? <ink.parts.InkToolbar page={page} /> : null;
}
