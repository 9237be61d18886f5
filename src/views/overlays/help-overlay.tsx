import type { KeyboardEvent } from 'react';
import { KEYMAP } from '../../input/keymap.ts';
import { ModalDialog } from './modal-dialog.tsx';
import type { OverlayProps } from './overlay-props.ts';

/** Every key the deck answers to, read from the keymap table itself; Esc or `?` closes. */
export default function HelpOverlay({ onClose }: OverlayProps) {
  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key !== '?') return;
    event.preventDefault();
    onClose();
  };
  return (
    <ModalDialog title="Keyboard shortcuts" className="help-overlay" onClose={onClose} onKeyDown={onKeyDown}>
      <table className="help-keys">
        <thead>
          <tr>
            <th scope="col">Keys</th>
            <th scope="col">Action</th>
          </tr>
        </thead>
        <tbody>
          {KEYMAP.map((binding) => (
            <tr key={binding.label} data-keymap-entry>
              <td>
                <kbd>{binding.label}</kbd>
              </td>
              <td>{binding.description}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="modal-hint">Keys work the same in the presenter window, and move every window of this deck.</p>
      <button type="button" className="modal-button" onClick={onClose}>
        Close
      </button>
    </ModalDialog>
  );
}
