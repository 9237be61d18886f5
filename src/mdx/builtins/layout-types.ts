/** The slide archetypes the talk's stylesheet draws (`<Layout type="…">`); any other name is kept as written. */
export const LAYOUT_TYPES = ['content', 'title', 'statement', 'divider', 'diagram', 'closing'] as const;

/** One of the archetypes above. */
export type LayoutType = (typeof LAYOUT_TYPES)[number];

/** A slide with no `<Layout type>`: a title pinned at the top, then its content. */
export const DEFAULT_LAYOUT: LayoutType = 'content';
