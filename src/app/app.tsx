import { Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { MDXProvider } from '@mdx-js/react';
import type { Deck } from '../deck/deck-types.ts';
import { usePosition } from '../navigation/use-position.ts';
import type { Position } from '../navigation/navigation.ts';
import type { Mode } from '../navigation/location.ts';
import { useKeyboard } from '../input/use-keyboard.ts';
import { useCommands } from './use-commands.ts';
import { usePrintShortcut } from '../views/print/use-print-shortcut.ts';
import { useChannel } from '../sync/use-channel.ts';
import type { Shared } from '../sync/messages.ts';
import { DeckChannelContext } from '../sync/deck-channel.ts';
import { VIEWS } from './view-table.ts';
import { useModeSwitch } from './use-mode-switch.ts';
import type { Overlay } from '../views/overlays/overlay-props.ts';
import { loadOverlays } from '../views/overlays/load-overlays.ts';
import { OverlayHost } from '../views/overlays/overlay-host.tsx';
import { LiveRegion } from './live-region.tsx';
import { ChromeSlotContext } from '../mdx/chrome-slot.ts';
import { components } from '../mdx/components.ts';
import { themeStyle } from '../deck/theme-style.ts';
import { settle } from '../schedule/ready.ts';
import { preload } from '../lazy/use-module.ts';
import { useWarm } from '../schedule/use-warm.ts';
import { useWarmDeck } from '../deck/use-warm-deck.ts';
import { ViewRetry } from './view-retry.tsx';
import { afterMove } from '../schedule/after-move.ts';
import { InkContext } from '../ink/ink-context.ts';
import { useInk } from '../ink/use-ink.ts';
import { lazyComponent } from '../lazy/lazy-component.tsx';
import { followToken } from '../sync/remote-links.ts';
import { useStageWakeLock } from './use-wake-lock.ts';
import { DeckControlContext } from '../frame/slide-place.ts';

/** Loaded only in a page opened from a Follow: link. */
const FollowControl = lazyComponent(() => import('../views/follow/follow-control.tsx'), { name: 'FollowControl' });
import { useThemeChoice } from './use-theme-choice.ts';

/** The deck app: one position, one keymap, the view the mode asks for, in step with the deck's other windows. */
export function App({ deck, mode: initialMode, start }: { deck: Deck; mode: Mode; start?: Position }) {
  const { mode, setMode, retrying, retried } = useModeSwitch(initialMode);
  const home: Mode = initialMode === 'overview' ? 'audience' : initialMode;
  const View = VIEWS[mode];
  const built = useMemo(() => deck.slides.map((slide) => slide.steps), [deck]);
  const [position, move, { shape, claim }] = usePosition(built, { history: mode === 'read' ? 'replace' : 'per-slide', start });
  const steps = shape[position.slide - 1] ?? 0;
  const [blank, setBlank] = useState(false);
  const [overlay, setOverlay] = useState<Overlay | null>(null);
  const current = deck.slides[position.slide - 1];
  const [follow] = useState(() => (typeof location === 'undefined' ? null : followToken(location.search)));

  const { theme, chooseTheme, cycleTheme } = useThemeChoice();
  usePrintShortcut(mode, setMode);
  useStageWakeLock(mode);

  const adopt = useCallback(
    (shared: Shared) => {
      move({ type: 'goto', slide: shared.position.slide, step: shared.position.step, steps: shared.steps });
      setBlank(shared.blank);
    },
    [move],
  );
  const channel = useChannel({
    deckId: deck.id,
    role: home === 'presenter' ? 'presenter' : 'audience',
    enabled: home !== 'print' && home !== 'remote' && mode !== 'read',
    shared: { position, blank, steps },
    adopt,
  });
  const { ink, withInk } = useInk(deck.id, channel, mode === 'audience' || mode === 'presenter');
  const command = useCommands({ deckId: deck.id, mode, home, setMode, setBlank, setOverlay, withInk, position, cycleTheme });
  // The phone remote moves the presenter, never itself: its position is the presenter's.
  useKeyboard({ move, command, enabled: overlay === null && mode !== 'remote' });

  const control = useMemo(
    () => ({ length: deck.slides.length, mode, claim, setStep: (slide: number, step: number) => move({ type: 'step', slide, step }) }),
    [deck, mode, claim, move],
  );

  const warm = useWarm();
  // A page opened in the print view is the exporter's (or a print): warming it would only compete with `page.pdf`.
  useWarmDeck(deck, position.slide, warm && home !== 'print');
  useEffect(() => {
    settle();
    // Once what is on screen is ready, and after this slide has painted: the slides a key press may show next, and
    // the dialogs (fetched quietly: they are not on screen, so `data-ready` does not wait for them).
    if (!warm) return;
    return afterMove.preloadNext(() => {
      preload(loadOverlays, { quiet: true }).catch(() => {});
      for (const slide of [position.slide + 1, position.slide + 2, position.slide - 1]) {
        const entry = deck.slides[slide - 1];
        if (entry) preload(entry.body).catch(() => {});
      }
    });
  }, [deck, position.slide, warm]);

  useEffect(() => {
    const title = deck.meta.title;
    // The print view titles the page (and so the PDF) with the deck's title alone.
    if (!title || mode === 'print') return;
    return afterMove.retitle(() => (document.title = `${current?.title ? `${current.title} — ` : ''}${title}`));
  }, [deck, current, mode]);

  return (
    <MDXProvider components={components}>
      <DeckChannelContext.Provider value={channel}>
        <div
          className="deck"
          data-deck
          data-slide={position.slide}
          data-step={position.step}
          data-steps={steps + 1}
          data-slides={deck.slides.length}
          data-mode={mode}
          style={themeStyle(deck.theme)}
        >
          <ChromeSlotContext.Provider value="head">
            <deck.Chrome />
          </ChromeSlotContext.Provider>
          {/* Nothing suspends in here (views load without Suspense). The boundary is for the prerender: a slide that
            throws on the server, where error boundaries do not run, leaves this part to the browser to render. */}
          <Suspense fallback={null}>
            <InkContext.Provider value={ink}>
              <DeckControlContext.Provider value={control}>
                <View deck={deck} position={position} shape={shape} move={move} blank={blank} setMode={setMode} home={home} />
              </DeckControlContext.Provider>
            </InkContext.Provider>
          </Suspense>
          {follow && <FollowControl token={follow} adopt={adopt} />}
          {retrying && <ViewRetry mode={retrying} onLoaded={retried} />}
          {overlay && <OverlayHost overlay={overlay} deck={deck} move={move} onClose={() => setOverlay(null)} theme={theme} chooseTheme={chooseTheme} />}
          <LiveRegion message={`Slide ${position.slide} of ${deck.slides.length}: ${current?.title ?? ''}`} notices={ink?.session.onAnnounce} />
        </div>
      </DeckChannelContext.Provider>
    </MDXProvider>
  );
}
