import { Notes } from './builtins/notes.tsx';
import { Steps, Appear } from './builtins/steps.tsx';
import { Layout, Split, SplitRight, Horizontal, Invert, FullScreenCode } from './builtins/layouts.tsx';
import { Image } from './builtins/image.tsx';
import { Head, Header, Footer } from './builtins/chrome.tsx';
import { CodeBlock } from './code-block/code-block.tsx';
import { ArchitectureDiagram } from './architecture-diagram/architecture-diagram.tsx';
import { Scorecard } from './scorecard/scorecard.tsx';
import { BarChart } from './scorecard/bar-chart.tsx';
import { Scale } from './scale/scale.tsx';
import { LevelText } from './scale/level-text.tsx';
import { Persona } from './persona/persona.tsx';
import { SpeechBubble } from './persona/speech-bubble.tsx';
import { ToolChips } from './persona/tool-chips.tsx';
import { PersonaRow } from './persona/persona-row.tsx';
import { QuoteCard } from './quote-card/quote-card.tsx';
import { QuoteGrid } from './quote-card/quote-grid.tsx';
import { BookCard } from './quote-card/book-card.tsx';
import { Punchline } from './quote-card/punchline.tsx';
import { Dense } from './quote-card/dense.tsx';
import { CityRoute } from './city-route/city-route.tsx';

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
