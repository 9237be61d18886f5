/** A resource from another origin that a deck shows: where it is named, what loads it, and the policy directive. */
export interface RemoteResource {
  file: string;
  line: number;
  url: string;
  /** The CSP directive that governs it (`img-src`, `frame-src`, `media-src`, `style-src`, `font-src`). */
  directive: string;
}

/** Extra origins per CSP directive, for `--allow-remote`. */
export type RemoteOrigins = Record<string, string[]>;

const URL_TEXT = String.raw`(?:https?:)?\/\/[^\s"'\`)<>{}]+`;
/** Where a URL names something the page loads (links are navigation and stay allowed). */
const PATTERNS: { pattern: RegExp; directive: (before: string) => string }[] = [
  { pattern: new RegExp(String.raw`!\[[^\]]*\]\((${URL_TEXT})`, 'g'), directive: () => 'img-src' },
  { pattern: new RegExp(String.raw`\b(?:src|poster|srcSet)\s*[=:]\s*\{?\s*["'\`](${URL_TEXT})`, 'g'), directive: tagDirective },
  { pattern: new RegExp(String.raw`url\(\s*["']?(${URL_TEXT})`, 'g'), directive: (before) => (/@import\s*$/.test(before) ? 'style-src' : 'img-src') },
  { pattern: new RegExp(String.raw`googleFont\s*:\s*["'\`](${URL_TEXT})`, 'g'), directive: () => 'style-src' },
  { pattern: new RegExp(String.raw`<link\b[^>]*\bhref\s*=\s*["'](${URL_TEXT})`, 'g'), directive: () => 'style-src' },
];

/** The directive for a `src` by the element it is on: an iframe's frame-src, a video's media-src, else img-src. */
function tagDirective(before: string): string {
  const tag = /<([A-Za-z][\w.]*)\b[^<]*$/.exec(before.slice(-400))?.[1]?.toLowerCase();
  if (tag === 'iframe' || tag === 'embed') return 'frame-src';
  if (tag === 'video' || tag === 'audio' || tag === 'source' || tag === 'track') return 'media-src';
  return 'img-src';
}

/** The remote resources named in one source file (the deck, or a component it imports), with their lines. */
export function remoteResources(file: string, text: string): RemoteResource[] {
  const found: RemoteResource[] = [];
  for (const { pattern, directive } of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const url = match[1]!.startsWith('//') ? `https:${match[1]}` : match[1]!;
      const before = text.slice(0, match.index);
      found.push({ file, line: before.split('\n').length, url, directive: directive(before) });
    }
  }
  // Google's font stylesheets load their files from fonts.gstatic.com.
  for (const resource of [...found]) {
    if (resource.directive === 'style-src' && new URL(resource.url).host === 'fonts.googleapis.com')
      found.push({ ...resource, url: 'https://fonts.gstatic.com/', directive: 'font-src' });
  }
  return found.sort((a, b) => a.line - b.line);
}

/** The origins to allow per directive, for exactly the resources the deck names. */
export function originsOf(resources: readonly RemoteResource[]): RemoteOrigins {
  const origins: RemoteOrigins = {};
  for (const { url, directive } of resources) {
    const origin = new URL(url).origin;
    if (!(origins[directive] ??= []).includes(origin)) origins[directive]!.push(origin);
  }
  return origins;
}

/** The line about one resource: blocked by the strict policy, or allowed by `--allow-remote` (of `deck build`, or `deck dev`). */
export function remoteMessage(resource: RemoteResource, allowed: boolean, command: 'build' | 'dev' = 'build'): string {
  const where = `${resource.file}:${resource.line}`;
  const origin = new URL(resource.url).origin;
  const how = command === 'dev' ? 'start deck dev with --allow-remote' : 'build with --allow-remote';
  return allowed
    ? `${where}: ${resource.url} is allowed (${resource.directive} ${origin}, --allow-remote)`
    : `${where}: ${resource.url} will be blocked by the page's Content-Security-Policy (${resource.directive}); ${how} to allow ${origin}`;
}

/** Remote resources seen in the files of the deck being built, by file (the deck and what it imports). */
export const remoteSeen: Map<string, RemoteResource[]> = ((globalThis as { __deckRemote?: Map<string, RemoteResource[]> }).__deckRemote ??= new Map());
