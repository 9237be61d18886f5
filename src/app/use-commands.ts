import { useCallback, type Dispatch, type SetStateAction } from 'react';
import type { Mode } from '../navigation/location.ts';
import type { Overlay } from '../views/overlays/overlay-props.ts';
import { openPresenter } from '../views/presenter/open-presenter.ts';
import type { Command } from '../input/keymap.ts';
import type { Position } from '../navigation/navigation.ts';
import type { InkSession } from '../ink/ink-session.ts';

interface CommandTargets {
  deckId: string;
  mode: Mode;
  /** The view this window returns to from the overview. */
  home: Mode;
  setMode: (mode: Mode) => void;
  setBlank: Dispatch<SetStateAction<boolean>>;
  setOverlay: Dispatch<SetStateAction<Overlay | null>>;
  /** The pen and pointer act on the slide shown, in the views that show one to draw on (once their code has loaded). */
  withInk: (act: (session: InkSession) => void) => void;
  position: Position;
  /** Steps the theme: auto, light, dark. */
  cycleTheme: () => void;
}

const INK_MODES: readonly Mode[] = ['audience', 'presenter'];

function toggleFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen();
  else void document.documentElement.requestFullscreen?.().catch(() => {});
}

/** What each keymap command does in this window, as a table like the keymap itself. */
export function useCommands({ deckId, mode, home, setMode, setBlank, setOverlay, withInk, position, cycleTheme }: CommandTargets): (name: Command) => void {
  return useCallback(
    (name: Command) => {
      const inking = INK_MODES.includes(mode);
      const commands: Record<Command, () => void> = {
        overview: () => setMode(mode === 'overview' ? home : 'overview'),
        presenter: () => (home === 'presenter' ? setMode('presenter') : openPresenter(deckId)),
        fullscreen: toggleFullscreen,
        blank: () => setBlank((on) => !on),
        help: () => setOverlay((open) => (open === 'help' ? null : 'help')),
        goto: () => setOverlay('goto'),
        theme: cycleTheme,
        close: () => {
          setOverlay(null);
          if (mode === 'overview') setMode(home);
        },
        laser: () => inking && withInk((ink) => ink.toggle('laser')),
        pen: () => inking && withInk((ink) => ink.toggle('pen')),
        undo: () => inking && withInk((ink) => ink.undo(position)),
        clear: () => inking && withInk((ink) => ink.clear(position.slide)),
      };
      commands[name]();
    },
    [deckId, mode, home, setMode, setBlank, setOverlay, withInk, position, cycleTheme],
  );
}
