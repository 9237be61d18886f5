import { Notes } from './builtins/notes.tsx';
import { Steps, Appear } from './builtins/steps.tsx';
import { Layout, Split, SplitRight, Horizontal, Invert, FullScreenCode } from './builtins/layouts.tsx';
import { Image } from './builtins/image.tsx';
import { Head, Header, Footer } from './builtins/chrome.tsx';
import { CodeBlock } from './code-block/code-block.tsx';
import { lazyComponent } from './lazy-component.tsx';
import { ArchitectureDiagram } from './architecture-diagram/architecture-diagram.tsx';
import { Scorecard } from './scorecard/scorecard.tsx';
import { LevelText } from './scale/level-text.tsx';
import { PersonaRow } from './persona/persona-row.tsx';
import { Punchline } from './quote-card/punchline.tsx';
import { Dense } from './quote-card/dense.tsx';

const Scale = lazyComponent('Scale', () => import('./scale/scale.tsx').then((module) => module.Scale));
const Persona = lazyComponent('Persona', () => import('./persona/persona.tsx').then((module) => module.Persona));
const SpeechBubble = lazyComponent('SpeechBubble', () => import('./persona/speech-bubble.tsx').then((module) => module.SpeechBubble));
const ToolChips = lazyComponent('ToolChips', () => import('./persona/tool-chips.tsx').then((module) => module.ToolChips));
const QuoteCard = lazyComponent('QuoteCard', () => import('./quote-card/quote-card.tsx').then((module) => module.QuoteCard));
const QuoteGrid = lazyComponent('QuoteGrid', () => import('./quote-card/quote-grid.tsx').then((module) => module.QuoteGrid));
const BookCard = lazyComponent('BookCard', () => import('./quote-card/book-card.tsx').then((module) => module.BookCard));
const CityRoute = lazyComponent('CityRoute', () => import('./city-route/city-route.tsx').then((module) => module.CityRoute));
const BarChart = lazyComponent('BarChart', () => import('./scorecard/bar-chart.tsx').then((module) => module.BarChart));

/** The single map of components MDX can use without an import (mdx-deck's set plus the talk's own). */
export const components = {
  Notes,
  Steps,
  Appear,
  Layout,
  Split,
  SplitRight,
  Horizontal,
  Invert,
  FullScreenCode,
  Image,
  Head,
  Header,
  Footer,
  pre: CodeBlock,
  ArchitectureDiagram,
  Scorecard,
  BarChart,
  Scale,
  LevelText,
  Persona,
  SpeechBubble,
  ToolChips,
  PersonaRow,
  QuoteCard,
  QuoteGrid,
  BookCard,
  Punchline,
  Dense,
  CityRoute,
};
