import { useSyncExternalStore } from 'react';

const LIGHT = '(prefers-color-scheme: light)';

/** Whether the deck shows its dark theme: `data-theme` on `<html>` when the in-app switch set it, else the system's. */
function isDark(): boolean {
  const chosen = document.documentElement.dataset.theme;
  return chosen ? chosen === 'dark' : !window.matchMedia(LIGHT).matches;
}

function subscribe(onChange: () => void): () => void {
  const media = window.matchMedia(LIGHT);
  media.addEventListener('change', onChange);
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  return () => {
    media.removeEventListener('change', onChange);
    observer.disconnect();
  };
}

/** The deck's theme as it changes (system setting or the in-app switch); dark on the server, as the tokens default. */
export function useDarkTheme(): boolean {
  return useSyncExternalStore(subscribe, isDark, () => true);
}
