import { modeUrl } from '../../navigation/location.ts';

/**
 * Opens this deck's presenter window, or brings an open one to the front without reloading it (a reload
 * would be harmless for the position but costs a flash). The window is named by the deck, so one per deck.
 */
export function openPresenter(deckId: string): void {
  const name = `deck-presenter-${deckId}`;
  const url = modeUrl(location.href, 'presenter');
  let presenter: Window | null;
  try {
    presenter = window.open('', name, 'popup,width=1280,height=760');
    if (presenter && presenter.location.href === 'about:blank') presenter.location.href = url;
  } catch {
    // An opaque origin (file://) hides the window's location from us: navigate it by name instead.
    presenter = window.open(url, name, 'popup,width=1280,height=760');
  }
  presenter?.focus();
}
