/** Escapes text for an HTML attribute or element. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** The `<head>` tags a shared link needs: title, description, Open Graph and Twitter card, from `meta`. */
export function headTags(meta: Record<string, unknown>, firstSlideTitle: string): string {
  const text = (key: string) => (typeof meta[key] === 'string' ? (meta[key] as string) : undefined);
  const title = text('title') ?? firstSlideTitle ?? 'Slides';
  const byline = [text('author'), text('event'), text('date')].filter(Boolean).join(' · ');
  const description = text('description') ?? (byline ? `${title} — ${byline}` : title);
  const tags: [string, string, string][] = [
    ['name', 'description', description],
    ['name', 'author', text('author') ?? ''],
    ['property', 'og:type', 'website'],
    ['property', 'og:title', title],
    ['property', 'og:description', description],
    ['name', 'twitter:card', 'summary_large_image'],
    ['name', 'twitter:title', title],
    ['name', 'twitter:description', description],
  ];
  return [
    `<title>${escapeHtml(title)}</title>`,
    ...tags.filter(([, , value]) => value).map(([kind, name, value]) => `<meta ${kind}="${name}" content="${escapeHtml(value)}" />`),
  ].join('\n    ');
}

/** Every slide's title, text and notes as plain HTML: readable before (or without) any script, and by crawlers. */
export function transcriptHtml(title: string, slides: readonly { title: string; text: string; notesText: string }[]): string {
  const paragraphs = (text: string) =>
    text
      .split('\n')
      .filter(Boolean)
      .map((line) => `<p>${escapeHtml(line)}</p>`)
      .join('');
  const sections = slides.map(
    (slide, index) =>
      `<section id="transcript-${index + 1}"><h2>${index + 1}. ${escapeHtml(slide.title)}</h2>${paragraphs(slide.text)}` +
      (slide.notesText ? `<aside aria-label="Notes">${paragraphs(slide.notesText)}</aside>` : '') +
      '</section>',
  );
  return `<noscript><main class="transcript"><h1>${escapeHtml(title)}</h1>${sections.join('')}</main></noscript>`;
}
