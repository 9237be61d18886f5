import { useEffect, useState, type ComponentType, type CSSProperties, type ReactNode } from 'react';
import { Steps } from '../builtins/steps.tsx';
import { useDeck, useTheme, type DeckContextValue } from './deck-hooks.ts';
import { fromLegacyTheme } from './legacy-theme.ts';
import type { MdxDeckTheme } from './theme-types.ts';

type Props = { children?: ReactNode; [key: string]: unknown };

/** mdx-deck 2's `withContext(Component)`: the component gets `context` (see `useDeck`). */
export function withContext<P extends object>(Component: ComponentType<P & { context: DeckContextValue }>): ComponentType<P> {
  return function WithContext(props: P) {
    return <Component {...props} context={useDeck()} />;
  };
}

/** mdx-deck 4's `Color`: text (and background) in a theme colour or any CSS colour. */
export function Color({ color, bg, children }: { color?: string; bg?: string; children?: ReactNode }) {
  const colors = (useTheme().colors ?? {}) as Record<string, string>;
  return <span style={{ color: colors[color ?? ''] ?? color, backgroundColor: colors[bg ?? ''] ?? bg }}>{children}</span>;
}

/** mdx-deck 4's `StepList`: the items of the list inside it, one per step (our `Steps` on a lone list). */
export function StepList(props: Props) {
  return <Steps {...props} />;
}

/** mdx-deck 2's `Clock`: the time of day (the presenter view has its own). */
export function Clock() {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 1000);
    return () => clearInterval(timer);
  }, []);
  return <span>{now.toLocaleTimeString()}</span>;
}

/** mdx-deck 4's presenter `Timer`: the presenter view has its own; in a slide it renders nothing. */
export function Timer() {
  return null;
}

/** mdx-deck's `Zoom`: content scaled by `zoom`. */
export function Zoom({ zoom = 1, children }: { zoom?: number; children?: ReactNode }) {
  return <div style={{ transform: `scale(${zoom})`, transformOrigin: '0 0', width: `${100 / zoom}%`, height: `${100 / zoom}%` }}>{children}</div>;
}

/** mdx-deck's `Slide`: a slide's frame; inside a slide here it is a plain full-size box. */
export function Slide({ children, style }: { children?: ReactNode; style?: CSSProperties }) {
  return <div style={{ width: '100%', height: '100%', ...style }}>{children}</div>;
}

/** mdx-deck's `Embed`: another deck's slide; not supported, it renders its children if any. */
export function Embed({ children }: Props) {
  return <>{children ?? null}</>;
}

/** mdx-deck 2's aspect-ratio box; slides here are always 16:9. */
export function Ratio({ children }: Props) {
  return <>{children}</>;
}

/** mdx-deck's app-level components, kept as names so imports of them build: here they pass their children through. */
export function MDXDeck({ children }: Props) {
  return <>{children}</>;
}
export const MDXDeckState = MDXDeck;
export const Provider = MDXDeck;
export const wrapPageElement = ({ element }: { element: ReactNode }) => element;

/** mdx-deck's splitting is done at build time here: `splitSlides` gives its input back as one slide. */
export function splitSlides(props: Props): ReactNode[] {
  return [props.children];
}

/** mdx-deck 4's `convertLegacyTheme(theme)`: a v2 theme in v4's shape (`{ theme, components }`). */
export function convertLegacyTheme(theme: MdxDeckTheme = {}) {
  const { components, ...converted } = fromLegacyTheme(theme);
  return { theme: converted, components };
}
