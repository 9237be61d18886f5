import { createHash } from 'node:crypto';
import { withoutPrerendered } from './prerendered.ts';
import type { RemoteOrigins } from './remote-resources.ts';

/**
 * What the page's parser would skip over, or a script. Whichever starts first wins, as in the parser: a `<script>`
 * inside a comment, a `<noscript>` (the transcript) or a `<style>` is text, and `<noscript>` inside a script is code.
 */
const SKIPPED_OR_SCRIPT = /<!--[\s\S]*?-->|<(noscript|style)\b[^>]*>[\s\S]*?<\/\1\s*>|<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;

/**
 * Bodies of the page's own inline scripts (the engine's and the bundler's, not those with `src`). The deck's
 * markup (the prerendered slide) is left out, so nothing a slide renders is ever allowed to run by hash.
 */
export function engineScripts(html: string): string[] {
  const scripts: string[] = [];
  for (const match of withoutPrerendered(html).matchAll(SKIPPED_OR_SCRIPT)) {
    const [, skipped, attributes, body] = match;
    if (!skipped && attributes !== undefined && !/\bsrc\s*=/i.test(attributes)) scripts.push(body ?? '');
  }
  return scripts;
}

/**
 * The policy for what a deck's content loads (stylesheets, images, fonts; frames and media fall back to
 * `default-src 'self'` unless `remote` names some): this site and data only, plus `--allow-remote`'s origins, each
 * for its kind only. A built page's and `deck dev`'s (remote-policy.ts) alike.
 */
export function contentDirectives(remote: RemoteOrigins = {}): string[] {
  const plus = (directive: string) => (remote[directive]?.length ? ` ${remote[directive]!.join(' ')}` : '');
  return [
    `style-src 'self' 'unsafe-inline'${plus('style-src')}`,
    `img-src 'self' data: blob:${plus('img-src')}`,
    `font-src 'self' data:${plus('font-src')}`,
    ...(remote['frame-src']?.length ? [`frame-src 'self'${plus('frame-src')}`] : []),
    ...(remote['media-src']?.length ? [`media-src 'self'${plus('media-src')}`] : []),
  ];
}

/**
 * A strict Content-Security-Policy for a built page: scripts only from the site itself or the engine's inline ones,
 * by hash (no eval, no other inline script); nothing from other origins.
 */
export function contentSecurityPolicy(html: string, remote: RemoteOrigins = {}): string {
  const hashes = engineScripts(html).map((body) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`);
  return [
    "default-src 'self'",
    `script-src 'self' ${hashes.join(' ')}`.trim(),
    ...contentDirectives(remote),
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

/** Adds the policy as the first tag of `<head>`, so it covers everything after it. */
export function withCsp(html: string, remote?: RemoteOrigins): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(html, remote)}" />`;
  return html.replace(/<head>/i, `<head>\n    ${meta}`);
}
