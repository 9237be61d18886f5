import { SLIDE_HEIGHT, SLIDE_WIDTH } from '../../frame/slide-size.ts';
import { NARROW_SCREEN_WIDTH } from '../../navigation/location.ts';
import { PENDING_URL_KEY } from '../../navigation/pending-url.ts';
import { OFFLINE_FILE } from '../vite/deck-output.ts';
import { THEME_KEY } from '../../app/theme-choice.ts';
import { READ_TEMPLATE_ID } from './read-template.ts';

/**
 * The page's own inline scripts, written as functions and printed as `(function)(arguments)`: readable here, with
 * the app's own constants passed in, and hashed into the policy as printed. A function may use only its parameters
 * and the browser's globals (it runs alone, before any module).
 */
export function inlineCall<A extends unknown[]>(script: (...args: A) => void, ...args: A): string {
  return `(${script.toString()})(${args.map((arg) => JSON.stringify(arg)).join(',')});`;
}

/**
 * Runs before first paint: sizes the prerendered slide to the window, and hides it when the URL asks for another
 * slide or view, so nobody sees slide 1 flash before the right one. When that view is the reading view at its start
 * (a phone), marks the page for SHOW_READING_VIEW instead.
 */
function sizePrerenderedSlide(slideWidth: number, slideHeight: number, narrowWidth: number): void {
  const root = document.documentElement;
  const width = innerWidth;
  const height = innerHeight;
  root.style.setProperty('--deck-scale', String(Math.min(width / slideWidth, height / slideHeight)));
  const mode = /[?&]mode=([a-z]+)/.exec(location.search);
  const view = mode ? mode[1] : width < narrowWidth && height > width ? 'read' : 'audience';
  const atStart = /^(#\/?(1(\/0?)?)?)?$/.test(location.hash) && !/[?&]follow=/.test(location.search);
  if (view === 'read' && atStart) root.setAttribute('data-prerender-read', '');
  else if (view !== 'audience' || !atStart) root.setAttribute('data-prerender-stale', '');
}

/**
 * Right after the prerendered root (before first paint): on a page marked for the reading view, puts its prerender
 * in the root in place of the projector's slide, for the app to hydrate. The template goes either way.
 */
function showReadingView(templateId: string): void {
  const template = document.getElementById(templateId) as HTMLTemplateElement | null;
  const root = document.getElementById('root');
  if (!template || !root) return;
  if (document.documentElement.hasAttribute('data-prerender-read')) {
    root.replaceChildren(template.content);
    root.setAttribute('data-prerendered', 'read');
  }
  template.remove();
}

/** The script after the prerendered root that shows the reading view's prerender on a phone. */
export const SHOW_READING_VIEW = inlineCall(showReadingView, READ_TEMPLATE_ID);

/** Before first paint: the theme chosen in the app last time (`t`, app/theme-choice.ts), so no other one flashes. */
function applyStoredTheme(key: string): void {
  try {
    const theme = localStorage.getItem(key);
    if (theme === 'light' || theme === 'dark') document.documentElement.setAttribute('data-theme', theme);
  } catch {
    // No storage (a private window may refuse it): the system's scheme.
  }
}

/** The boot script of a prerendered page (after `<title>`). */
export const BOOT_SCRIPT = inlineCall(sizePrerenderedSlide, SLIDE_WIDTH, SLIDE_HEIGHT, NARROW_SCREEN_WIDTH) + inlineCall(applyStoredTheme, THEME_KEY);

/**
 * Adds the app's entry module once slide 1 is on screen in its fonts: a frame paints (its layout asks for the fonts),
 * the fonts load, one more frame paints them; or after `fontWaitMs` at most. A stale prerender (another slide or
 * view asked for) or a hidden tab, where frames never come, loads it at once. When only slide 1's part of the start
 * CSS is inline, the whole of it (`stylesheet`) is linked first, its fetch beside the module's, and the module runs
 * once it has loaded: the app never renders a view unstyled.
 */
function startAppAfterFirstPaint(src: string, fontWaitMs: number, stylesheet: string): void {
  let started = false;
  const addLink = (rel: string, href: string) => {
    const link = document.createElement('link');
    link.rel = rel;
    link.crossOrigin = '';
    link.href = href;
    document.head.appendChild(link);
    return link;
  };
  const addModule = () => {
    const script = document.createElement('script');
    script.type = 'module';
    script.crossOrigin = '';
    script.src = src;
    document.head.appendChild(script);
  };
  const start = () => {
    if (started) return;
    started = true;
    if (!stylesheet) {
      addModule();
      return;
    }
    const sheet = addLink('stylesheet', stylesheet);
    addLink('modulepreload', src);
    sheet.onload = sheet.onerror = addModule;
  };
  if (document.documentElement.hasAttribute('data-prerender-stale') || document.visibilityState === 'hidden') {
    start();
    return;
  }
  const afterFrame = (then: () => void) => requestAnimationFrame(() => setTimeout(then));
  setTimeout(start, fontWaitMs);
  afterFrame(() => {
    (document.fonts ? document.fonts.ready : Promise.resolve()).then(() => afterFrame(start));
  });
}

/** The start script for the app's entry at `src` (end of `<body>`), after the whole start CSS at `stylesheet` if any. */
export function startScript(src: string, stylesheet = '', fontWaitMs = 1000): string {
  return inlineCall(startAppAfterFirstPaint, src, fontWaitMs, stylesheet);
}

/**
 * Right after the inline CSS: starts decoding the inline subset of the body font (html/paint-first.ts) while the body
 * is parsed, not only when the first layout asks for it, so slide 1 is drawn in its font in the first frame.
 */
function loadFirstPaintFont(family: string, text: string): void {
  if (document.fonts) document.fonts.load(`1em ${JSON.stringify(family)}`, text).catch(() => {});
}

/** The script that loads the inline font subset of `family` holding `text`. */
export function firstPaintFontScript(family: string, text: string): string {
  return inlineCall(loadFirstPaintFont, family, text);
}

/** `file://` cannot load module scripts: go to the self-contained copy, keeping the query and the slide. */
function goToOfflineCopy(file: string): void {
  if (location.protocol === 'file:') location.replace(file + location.search + location.hash);
}

/** The redirect of a site's index.html to its offline copy (before the module script). */
export const OFFLINE_REDIRECT = inlineCall(goToOfflineCopy, OFFLINE_FILE);

/**
 * First in every page of a deck: on a reload or back/forward that lands on the URL a page left with a write still
 * waiting (navigation/pending-url.ts), sets the URL that write would have set. A link or a typed URL (navigation type
 * `navigate`) is taken as it is, without touching storage (its first use is a round trip to the browser process,
 * before first paint). The kept URL is used once.
 */
function recoverPendingUrl(key: string): void {
  try {
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    if (!navigation || navigation.type === 'navigate') return;
    const kept = JSON.parse(sessionStorage.getItem(key) || 'null') as { from: string; to: string } | null;
    if (!kept) return;
    sessionStorage.removeItem(key);
    if (kept.from === location.href) history.replaceState(history.state, '', kept.to);
  } catch {
    // Storage can be off (private mode, file://): the page opens at the URL it was given.
  }
}

/** The URL recovery script (first in `<head>`: before the boot script or the app read the hash). */
export const RECOVER_PENDING_URL = inlineCall(recoverPendingUrl, PENDING_URL_KEY);
