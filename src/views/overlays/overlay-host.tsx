import { useLayoutEffect, useRef } from 'react';
import { useModule } from '../../lazy/use-module.ts';
import { LoadNotice } from '../../lazy/load-notice.tsx';
import type { Overlay, OverlayProps } from './overlay-props.ts';
import { loadOverlays } from './load-overlays.ts';

/** A key that types a character (not a shortcut). */
const typesCharacter = (event: KeyboardEvent) => event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey;

/**
 * The open overlay. While its chunk loads, keys typed are kept for the dialog to start with, and Esc cancels: a
 * dialog that arrives a moment after `g` loses nothing typed in that moment. A chunk that failed to load shows a
 * notice over the view while it is retried; the dialog opens when it arrives, or Esc gives up on it.
 */
export function OverlayHost({ overlay, ...props }: OverlayProps & { overlay: Overlay }) {
  const { module, error } = useModule(loadOverlays);
  const typed = useRef('');
  const waiting = module === undefined;
  const { onClose } = props;
  useLayoutEffect(() => {
    if (!waiting) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
      else if (typesCharacter(event)) typed.current += event.key;
      else return;
      event.preventDefault();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [waiting, onClose]);
  if (!module) return error === undefined ? null : <LoadNotice what="this dialog" floating />;
  const Dialog = module.OVERLAY_VIEWS[overlay];
  return <Dialog {...props} typed={typed.current} />;
}
