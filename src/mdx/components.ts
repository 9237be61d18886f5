import { Notes } from './builtins/notes.tsx';
import { SpeakerOnly } from './builtins/speaker-only.tsx';
import { Steps, Appear } from './builtins/steps.tsx';
import { Layout, Split, SplitRight, Horizontal, Invert, FullScreenCode } from './builtins/layouts.tsx';
import { Image } from './builtins/image.tsx';
import { Head, Header, Footer } from './builtins/chrome.tsx';
import { lazySlidePart } from './lazy-slide-part.tsx';
import { ArchitectureDiagram } from './architecture-diagram/architecture-diagram.tsx';
import { Scorecard } from './scorecard/scorecard.tsx';
import { LevelText } from './scale/level-text.tsx';
import { PersonaRow } from './persona/persona-row.tsx';
import { Punchline } from './quote-card/punchline.tsx';
import { Dense } from './quote-card/dense.tsx';
import { Takeaways } from './quote-card/takeaways.tsx';
import { Kicker } from './quote-card/kicker.tsx';
import { BigNumber } from './quote-card/big-number.tsx';
import { Speaker } from './speaker/speaker.tsx';

// Code is rare on a first slide; its block (meta parsing, line groups, CSS) loads with the first slide that has some.
const CodeBlock = lazySlidePart('CodeBlock', () => import('./code-block/code-block.tsx').then((module) => module.CodeBlock));
const Scale = lazySlidePart('Scale', () => import('./scale/scale.tsx').then((module) => module.Scale));
const Persona = lazySlidePart('Persona', () => import('./persona/persona.tsx').then((module) => module.Persona));
const SpeechBubble = lazySlidePart('SpeechBubble', () => import('./persona/speech-bubble.tsx').then((module) => module.SpeechBubble));
const ToolChips = lazySlidePart('ToolChips', () => import('./persona/tool-chips.tsx').then((module) => module.ToolChips));
const QuoteCard = lazySlidePart('QuoteCard', () => import('./quote-card/quote-card.tsx').then((module) => module.QuoteCard));
const QuoteGrid = lazySlidePart('QuoteGrid', () => import('./quote-card/quote-grid.tsx').then((module) => module.QuoteGrid));
const BookCard = lazySlidePart('BookCard', () => import('./quote-card/book-card.tsx').then((module) => module.BookCard));
const CityRoute = lazySlidePart('CityRoute', () => import('./city-route/city-route.tsx').then((module) => module.CityRoute));
const QrCode = lazySlidePart('QrCode', () => import('./qr-code/qr-code.tsx').then((module) => module.QrCode));
const BarChart = lazySlidePart('BarChart', () => import('./scorecard/bar-chart.tsx').then((module) => module.BarChart));

/** The single map of components MDX can use without an import (mdx-deck's set plus the talk's own). */
export const components = {
  Notes,
  SpeakerOnly,
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
  Takeaways,
  Kicker,
  BigNumber,
  Speaker,
  QrCode,
  CityRoute,
};
