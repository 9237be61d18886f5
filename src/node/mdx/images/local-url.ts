/** A url as written in the deck, split into the file it names and what the browser keeps after it. */
export interface LocalUrl {
  /** The path, percent-decoded as Markdown authors write spaces (`my%20photo.png`). */
  path: string;
  /** `#fragment` (an SVG view), kept on the bundled url; a `?query` means nothing to a static file and is dropped. */
  hash: string;
}

/** Any scheme (`https:`, `data:`, `blob:`, `mailto:`…), protocol-relative `//host`, a root path `/…`, `#id` or `?query`. */
const NOT_LOCAL = /^(?:[a-z][a-z\d+.-]*:|[/#?])/i;

/** The file a url names relative to the deck, or undefined when the url points anywhere else (or is an expression). */
export function localUrl(url: string | null | undefined): LocalUrl | undefined {
  const trimmed = url?.trim() ?? '';
  if (!trimmed || NOT_LOCAL.test(trimmed)) return undefined;
  const end = trimmed.search(/[?#]/);
  const raw = end < 0 ? trimmed : trimmed.slice(0, end);
  const hashAt = trimmed.indexOf('#');
  let path = raw;
  try {
    path = decodeURIComponent(raw);
  } catch {
    // A lone `%` is a literal character in a file name, not an escape.
  }
  return path ? { path, hash: hashAt < 0 ? '' : trimmed.slice(hashAt) } : undefined;
}
