import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Inline `<script>` bodies of a page (not those with `src`). */
function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map((match) => match[1] ?? '');
}

/**
 * A strict Content-Security-Policy for a built page: scripts only from the site itself or inline ones whose
 * hash is listed (no eval, no other inline script); nothing from other origins.
 */
export function contentSecurityPolicy(html: string): string {
  const hashes = inlineScripts(html).map((body) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`);
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

/** Sets the policy on every built page in `outDir` (the site, its offline copy or the single file). */
export function applyCsp(outDir: string): void {
  for (const name of readdirSync(outDir).filter((file) => file.endsWith('.html'))) {
    const page = join(outDir, name);
    writeFileSync(page, withCsp(readFileSync(page, 'utf8')));
  }
}
