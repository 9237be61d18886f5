/**
 * Stylesheets of lazy chunks that failed to load. Vite's preload helper adds a chunk's CSS `<link>` once and never
 * again, even after that link failed, so a retried chunk would render unstyled: a retry links these afresh first.
 */
const failed = new Set<HTMLLinkElement>();

if (typeof document !== 'undefined') {
  // Load errors do not bubble; the capture phase sees them for every element of the document.
  document.addEventListener(
    'error',
    (event) => {
      const link = event.target;
      if (link instanceof HTMLLinkElement && link.rel === 'stylesheet') failed.add(link);
    },
    true,
  );
}

/** Whether some chunk's stylesheet failed to load and has not been linked again since. */
export function hasFailedStyles(): boolean {
  return failed.size > 0;
}

/**
 * Links each failed stylesheet again (the old link goes once the new one has settled); settles when they all have.
 * It never rejects: a stylesheet that fails again (one of the deck's own, say) must not keep every chunk from loading.
 */
export function relinkFailedStyles(): Promise<void> {
  const links = [...failed];
  failed.clear();
  return Promise.all(links.map(relink)).then(() => undefined);
}

function relink(old: HTMLLinkElement): Promise<void> {
  const link = old.cloneNode() as HTMLLinkElement;
  return new Promise<void>((resolve) => {
    // On an error, the capture listener above has put the new link in `failed`, for the next retry.
    const settled = () => {
      old.remove();
      resolve();
    };
    link.addEventListener('load', settled);
    link.addEventListener('error', settled);
    old.after(link);
  });
}
