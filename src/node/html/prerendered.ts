import { BOOT_SCRIPT } from './inline-scripts.ts';
import { PRERENDERED_END, PRERENDERED_OPEN } from './prerendered-root.ts';

const ROOT_TAG = '<div id="root"></div>';

/** Puts server-rendered markup, the boot script and the main font preload into a built page. */
export function injectPrerendered(html: string, markup: string, fontUrl?: string): string {
  if (!html.includes(ROOT_TAG)) throw new Error('prerender: index.html has no <div id="root"></div>');
  const withRoot = html
    // A function, not a string: a `$&` or `$'` in the slide's text is not a replacement pattern.
    .replace(ROOT_TAG, () => `${PRERENDERED_OPEN}${markup}</div>${PRERENDERED_END}`)
    .replace('</title>', `</title>\n    <script>${BOOT_SCRIPT}</script>`);
  if (!fontUrl) return withRoot;
  // After the file:// redirect to offline.html (which comes before the module script): no doomed font request there.
  const preload = `<link rel="preload" as="font" type="font/woff2" crossorigin href="${fontUrl}" />\n    `;
  const at = withRoot.indexOf('<script type="module"');
  return at < 0 ? withRoot.replace('</head>', `${preload}</head>`) : withRoot.slice(0, at) + preload + withRoot.slice(at);
}
