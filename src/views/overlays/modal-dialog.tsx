import { useId, useLayoutEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import '../ui-colors.css';
import './dialogs.css';

interface ModalDialogProps {
  title: string;
  /** Called when the dialog closes itself (Esc) or a child asks to close. */
  onClose: () => void;
  className?: string;
  onKeyDown?: (event: KeyboardEvent<HTMLDialogElement>) => void;
  children: ReactNode;
}

/** A native modal `<dialog>` labelled by its heading: opens on mount, Esc closes, focus goes back where it was. */
export function ModalDialog({ title, onClose, className = '', onKeyDown, children }: ModalDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const heading = useId();

  useLayoutEffect(() => {
    const element = dialog.current;
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    element?.showModal();
    return () => {
      if (element?.open) element.close();
      if (before?.isConnected) before.focus({ preventScroll: true });
    };
  }, []);

  return (
    <dialog
      ref={dialog}
      className={`modal ${className}`.trim()}
      aria-modal="true"
      aria-labelledby={heading}
      onCancel={(event) => {
        // Esc: close in this same event, so the deck's keys are back before the next key press.
        event.preventDefault();
        onClose();
      }}
      onClose={onClose}
      onKeyDown={onKeyDown}
    >
      <h2 id={heading} className="modal-title">
        {title}
      </h2>
      {children}
    </dialog>
  );
}
