import { isValidElement, type ReactElement, type ReactNode } from 'react';
import { useModule } from '../../lazy/use-module.ts';
import { lazyPart } from '../../lazy/lazy-parts.ts';
import { codeOf } from './code-of.ts';

// Not a part for print: the highlighter is the heaviest chunk, so the print view loads it only when a printed slide
// has code, through this component's own first render. Declared all the same, so that the deck warms it when idle.
const loadHighlighter = lazyPart(() => import('./highlighter.tsx'), { print: false });

/** MDX `pre`: plain code at once, highlighted as soon as the lazy highlighter chunk arrives. */
export function CodeBlock({ children }: { children?: ReactNode }) {
  const child = isValidElement(children) ? (children as ReactElement<{ className?: string; children?: ReactNode }>) : undefined;
  const { code, language } = codeOf(child?.props.className, child?.props.children ?? children);
  const { module } = useModule(loadHighlighter);
  if (module) return <module.default code={code} language={language} />;
  return (
    <pre className="code-block code-plain">
      <code className={`language-${language}`}>{code}</code>
    </pre>
  );
}
