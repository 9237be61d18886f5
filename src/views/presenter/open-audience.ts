import { modeUrl } from '../../navigation/location.ts';

/** A screen as the Window Management API describes it (not yet in TypeScript's DOM types). */
export interface ScreenArea {
  availLeft: number;
  availTop: number;
  availWidth: number;
  availHeight: number;
  isPrimary?: boolean;
}

type WithScreens = Window & { getScreenDetails?: () => Promise<{ screens: ScreenArea[]; currentScreen: ScreenArea }> };

/** Whether this browser can place a window on another screen (Chromium's Window Management API). */
export const canPlaceOnScreens = (): boolean => typeof window !== 'undefined' && typeof (window as WithScreens).getScreenDetails === 'function';

/** The screen for the audience: one that is not the presenter's, else none (a single screen). */
export function otherScreen(screens: readonly ScreenArea[], current: ScreenArea): ScreenArea | null {
  const same = (a: ScreenArea) =>
    a.availLeft === current.availLeft && a.availTop === current.availTop && a.availWidth === current.availWidth && a.availHeight === current.availHeight;
  return screens.find((screen) => !same(screen)) ?? null;
}

/** `window.open` features that fill `screen` and ask for a fullscreen popup (granted with Window Management). */
export function fullscreenOn(screen: ScreenArea): string {
  return `popup,fullscreen,left=${screen.availLeft},top=${screen.availTop},width=${screen.availWidth},height=${screen.availHeight}`;
}

/**
 * Opens the deck's audience window from the presenter view: fullscreen on the other screen where the browser grants
 * Window Management, else a plain window (named by the deck, so one) to drag to the projector, as before.
 */
export async function openAudience(deckId: string): Promise<void> {
  const name = `deck-audience-${deckId}`;
  const url = modeUrl(location.href, 'audience');
  const details = await (window as WithScreens).getScreenDetails?.().catch(() => undefined);
  const target = details ? otherScreen(details.screens, details.currentScreen) : null;
  const opened = target ? window.open(url, name, fullscreenOn(target)) : window.open(url, name);
  opened?.focus();
}
