import { createHash } from 'node:crypto';
import { withoutPrerendered } from './prerendered.ts';

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
 * A strict Content-Security-Policy for a built page: scripts only from the site itself or the engine's inline ones,
 * by hash (no eval, no other inline script); nothing from other origins.
 */
export function contentSecurityPolicy(html: string): string {
  const hashes = engineScripts(html).map((body) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`);
  return [
    "default-src 'self'",
    `script-src 'self' ${hashes.join(' ')}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

/** Adds the policy as the first tag of `<head>`, so it covers everything after it. */
export function withCsp(html: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(html)}" />`;
  return html.replace(/<head>/i, `<head>\n    ${meta}`);
}
