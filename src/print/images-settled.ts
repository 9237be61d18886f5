/**
 * Waits until every image in the document, and every inline `background-image` (the Image component, which
 * `document.images` does not list), has loaded and decoded, or failed. Self-contained: the print view awaits it, and
 * the saved print view (print-snapshot.ts) carries its source in an inline script.
 */
export async function imagesSettled(): Promise<void> {
  const images = [...document.images];
  for (const element of document.querySelectorAll<HTMLElement>('[style*="background-image"]')) {
    for (const match of element.style.backgroundImage.matchAll(/url\(\s*(["']?)(.*?)\1\s*\)/g)) {
      const image = new Image();
      image.src = match[2] ?? '';
      images.push(image);
    }
  }
  await Promise.all(images.map((image) => image.decode().catch(() => undefined)));
}
