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
