import type { DeckOutline } from '../mdx/remark-slides.ts';
import { withCsp } from './csp.ts';
import type { RemoteOrigins } from './remote-resources.ts';
import { headTags, transcriptHtml } from './head-tags.ts';
import { OFFLINE_REDIRECT, RECOVER_PENDING_URL } from './inline-scripts.ts';
import { withOgImageTags } from './og-tags.ts';
import { inlineFirstPaintFont, paintFirst, type FirstFrameCss, type FirstPaintFont } from './paint-first.ts';
import { injectPrerendered, type PrerenderedViews } from './prerendered.ts';

/**
 * Every edit the deck's page gets, in the order it gets them: read top to bottom, this is how `index.html` becomes
 * the published page. Each step is a pure `(html, context) => html`; a step with nothing to do returns the page.
 */
export interface PageContext {
  /** The deck's outline: title, meta and slides (for the head tags and the no-script transcript). */
  outline?: Pick<DeckOutline, 'meta' | 'slides'>;
  /** A site build with its offline copy beside it: `file://` visitors are sent there. */
  offlineCopy?: boolean;
  /**
   * Slide 1 rendered on the server (and the reading view at slide 1, for phones), the body font's subset for its
   * text and the part of the start CSS that markup uses (both inlined): the page paints before any script.
   */
  prerendered?: PrerenderedViews & { firstFont?: FirstPaintFont; readCss: (href: string) => string; css?: FirstFrameCss };
  /** The site's base, when an Open Graph image was written beside the page. */
  ogImageBase?: string;
  /** A published page: the strict Content-Security-Policy (an export's throwaway build has none). */
  csp?: boolean;
  /** Origins `--allow-remote` adds to the policy, per directive: those of the resources the deck names. */
  remote?: RemoteOrigins;
}

/** One edit of the page. */
export type PageStep = (html: string, context: PageContext) => string;

const firstTitle = (outline: PageContext['outline']) => outline?.slides[0]?.title ?? '';

// Functions as replacements, never strings: a deck's own text may hold `$&` or `$'`, which a string would expand.

/** The URL recovery first (before anything reads the hash), then title, description and Open Graph tags from `meta`. */
const head: PageStep = (html, { outline }) =>
  outline ? html.replace(/<title>.*?<\/title>/s, () => `<script>${RECOVER_PENDING_URL}</script>\n    ${headTags(outline.meta, firstTitle(outline))}`) : html;

/** Every slide's title, text and notes in `<noscript>`, for readers without JavaScript and for crawlers. */
const transcript: PageStep = (html, { outline }) => {
  if (!outline) return html;
  const title = typeof outline.meta.title === 'string' ? outline.meta.title : firstTitle(outline);
  return html.replace('<div id="root"></div>', () => `<div id="root"></div>\n    ${transcriptHtml(title, outline.slides)}`);
};

/** `file://` cannot load module scripts: a classic script before the module one goes to the offline copy. */
const offlineRedirect: PageStep = (html, { offlineCopy }) =>
  offlineCopy ? html.replace(/<script type="module"/, () => `<script>${OFFLINE_REDIRECT}</script>\n    <script type="module"`) : html;

/** Slide 1's markup in the root, the boot script that sizes it, the reading view's markup for phones. */
const prerendered: PageStep = (html, { prerendered: first }) => (first ? injectPrerendered(html, first) : html);

/** Start CSS inlined (slide 1's part of it, when split), the app's script loaded once slide 1 has painted in its font. */
const paintFirstStep: PageStep = (html, { prerendered: first }) => (first ? paintFirst(html, first.readCss, first.css) : html);

/** The characters slide 1 shows, from an inline subset of the body font (after the CSS is inlined). */
const firstPaintFont: PageStep = (html, { prerendered: first }) => (first?.firstFont ? inlineFirstPaintFont(html, first.markup, first.firstFont) : html);

/** og:image and twitter:image, when the preview image was written. */
const ogImage: PageStep = (html, { ogImageBase }) => (ogImageBase === undefined ? html : withOgImageTags(html, ogImageBase));

/** Last, so it hashes the final inline scripts: the strict policy as the first tag of `<head>`. */
const csp: PageStep = (html, context) => (context.csp ? withCsp(html, context.remote) : html);

/** On the template, in Vite's first pass: the dev server, every build, the single file and the offline copy. */
export const TEMPLATE_STEPS: readonly PageStep[] = [head, transcript];
/** After Vite has placed the bundle's tags (its module script moves into `<head>`): site builds. */
export const BUNDLED_STEPS: readonly PageStep[] = [offlineRedirect];
/** On each built page once the whole build is done (prerender, preview image): the published page. */
export const BUILT_STEPS: readonly PageStep[] = [prerendered, paintFirstStep, firstPaintFont, ogImage, csp];

/** Runs `steps` over `html` in order. */
export function runSteps(steps: readonly PageStep[], html: string, context: PageContext): string {
  return steps.reduce((page, step) => step(page, context), html);
}
