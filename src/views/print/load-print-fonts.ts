import faces from 'virtual:deck-print-fonts';

/**
 * Adds the static print fonts ('Inter Print', …, which print-view.css puts first in print) to the document and loads
 * them: Chromium embeds them in a PDF as TrueType, where the variable fonts became Type 3 drawings.
 */
export async function loadPrintFonts(): Promise<void> {
  await Promise.all(
    faces.map(async ({ family, weight, unicodeRange, url }) => {
      const face = new FontFace(family, `url(${url})`, { weight: String(weight), unicodeRange });
      document.fonts.add(face);
      await face.load();
    }),
  );
}
