/**
 * The names MDX resolves through the deck's component map (`components.ts`), for the build to check a deck
 * against without loading React components.
 */
export const COMPONENT_NAMES = [
  'Notes',
  'Steps',
  'Appear',
  'Layout',
  'Split',
  'SplitRight',
  'Horizontal',
  'Invert',
  'FullScreenCode',
  'Image',
  'Head',
  'Header',
  'Footer',
  'ArchitectureDiagram',
  'Scorecard',
  'BarChart',
  'Scale',
  'LevelText',
  'Persona',
  'SpeechBubble',
  'ToolChips',
  'PersonaRow',
  'QuoteCard',
  'QuoteGrid',
  'BookCard',
  'Punchline',
  'Dense',
  'CityRoute',
] as const;
