/**
 * Shown where a chunk that failed to load (offline, a server error) would be, while it is retried: a short, polite
 * status instead of an error card or a blank page. `floating` sits over the current view (a view or dialog that
 * has not come yet), else it takes the chunk's own place (a slide, its notes, a component on it).
 */
export function LoadNotice({ what, floating = false }: { what: string; floating?: boolean }) {
  return (
    <div className={floating ? 'load-notice load-notice-floating' : 'load-notice'} role="status">
      Couldn’t load {what} — retrying…
    </div>
  );
}
