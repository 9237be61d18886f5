import type { ComponentType } from 'react';
import GotoDialog from './goto-dialog.tsx';
import HelpOverlay from './help-overlay.tsx';
import type { Overlay, OverlayProps } from './overlay-props.ts';

/** Each overlay's dialog; one chunk for all of them, so they share the modal dialog code without a third chunk. */
export const OVERLAY_VIEWS: Record<Overlay, ComponentType<OverlayProps>> = {
  help: HelpOverlay,
  goto: GotoDialog,
};
