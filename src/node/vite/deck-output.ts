/**
 * What a build writes: the site with its offline copy beside it (default); the site for `deck export` to print (no
 * copy, one script: loaded all at once, minified because exports reuse the build and parse it every time); or one
 * self-contained HTML file.
 */
export type DeckOutput = { kind: 'site' } | { kind: 'print' } | { kind: 'single-file'; fileName: string };

/** The self-contained copy a site build writes beside `index.html`, for `file://`. */
export const OFFLINE_FILE = 'offline.html';
