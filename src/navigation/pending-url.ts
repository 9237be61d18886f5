/**
 * The hash of a move is written after the frame that shows it (see use-position.ts). A reload or a navigation away
 * inside that window would come back to the slide before; so the page, when it goes, keeps the URL it should have
 * had in sessionStorage, and the next load of the same tab puts it back before anything reads the hash.
 */
const KEY = 'deck:pending-url';

/** Called on `pagehide` with the URL a write still waiting would have set. */
export function keepPendingUrl(url: string): void {
  try {
    sessionStorage.setItem(KEY, JSON.stringify({ from: location.href, to: new URL(url, location.href).href }));
  } catch {
    // Storage can be off (private mode, file://): the reload then shows the slide before, as without this.
  }
}

/**
 * Inline script, the first in every page of a deck (deck-plugin.ts): on a reload or back/forward that lands
 * on the URL a page left with a write still waiting, sets the URL that write would have set. A link or a typed URL
 * (navigation type `navigate`) is taken as it is, without touching storage (its first use is a round trip to the
 * browser process, before first paint). The kept URL is used once.
 */
export const RECOVER_PENDING_URL = `try{var n=performance.getEntriesByType('navigation')[0];if(n&&n.type!=='navigate'){var s=sessionStorage,k=${JSON.stringify(KEY)},p=JSON.parse(s.getItem(k)||'null');if(p){s.removeItem(k);if(p.from===location.href)history.replaceState(history.state,'',p.to)}}}catch(e){}`;
