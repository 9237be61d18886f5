/**
 * The hash of a move is written after the frame that shows it (see use-position.ts). A reload or a navigation away
 * inside that window would come back to the slide before; so the page, when it goes, keeps the URL it should have
 * had in sessionStorage, and the next load of the same tab puts it back before anything reads the hash.
 */
/** Where the page keeps the URL a write still waiting would have set (the recovery script reads it). */
export const PENDING_URL_KEY = 'deck:pending-url';

/** Called on `pagehide` with the URL a write still waiting would have set. */
export function keepPendingUrl(url: string): void {
  try {
    sessionStorage.setItem(PENDING_URL_KEY, JSON.stringify({ from: location.href, to: new URL(url, location.href).href }));
  } catch {
    // Storage can be off (private mode, file://): the reload then shows the slide before, as without this.
  }
}
