import { Fragment, useId, type KeyboardEvent } from 'react';
import { HELP_ROWS } from '../../input/key-help.ts';
import { THEME_CHOICES } from '../../app/theme-choice.ts';
import { keyChips } from './key-chips.ts';
import { ModalDialog } from './modal-dialog.tsx';
import type { OverlayProps } from './overlay-props.ts';

/** Every key the deck answers to, read from the keymap table itself; Esc or `?` closes. */
export default function HelpOverlay({ onClose, theme, chooseTheme }: OverlayProps) {
  const themeName = useId();
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
          {HELP_ROWS.map((binding) => (
            <tr key={binding.label} data-keymap-entry>
              <td className="help-chips">
                {keyChips(binding.label).map((chip, index) => (
                  <Fragment key={index}>
                    {index > 0 && ' '}
                    <span className="help-word">
                      {chip.key ? <kbd>{chip.text}</kbd> : chip.text}
                      {chip.after}
                    </span>
                  </Fragment>
                ))}
              </td>
              <td>{binding.description}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {theme && chooseTheme && (
        <fieldset className="theme-switch">
          <legend>Theme</legend>
          {THEME_CHOICES.map((choice) => (
            <label key={choice}>
              <input type="radio" name={themeName} value={choice} checked={theme === choice} onChange={() => chooseTheme(choice)} />
              {choice === 'auto' ? 'Auto (system)' : choice === 'light' ? 'Light' : 'Dark'}
            </label>
          ))}
        </fieldset>
      )}
      <p className="modal-hint">Keys work the same in the presenter window, and move every window of this deck.</p>
      <button type="button" className="modal-button" onClick={onClose}>
        Close
      </button>
    </ModalDialog>
  );
}
