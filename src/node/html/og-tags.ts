/** Open Graph's preferred size for link previews. */
export const OG_SIZE = { width: 1200, height: 630 };
/** The preview image's file name beside index.html. */
export const OG_FILE = 'og-image.png';

/** Adds og:image / twitter:image tags pointing at the preview image (relative to the site's base). */
export function withOgImageTags(html: string, base: string): string {
  const url = `${base}${OG_FILE}`;
  const tags = `<meta property="og:image" content="${url}" />\n    <meta property="og:image:width" content="${OG_SIZE.width}" />\n    <meta property="og:image:height" content="${OG_SIZE.height}" />\n    <meta name="twitter:image" content="${url}" />\n    `;
  return html.replace('<meta name="twitter:card"', () => `${tags}<meta name="twitter:card"`);
}
