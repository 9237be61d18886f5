import { isValidElement, useContext, type ReactElement, type ReactNode } from 'react';
import { useRevealedSteps } from '../../frame/step-context.ts';
import { useModule } from '../../lazy/use-module.ts';
import { codeOf } from './code-of.ts';
import { currentGroup, inGroup, parseCodeMeta, type LineGroup, type LinePropsOf } from './code-meta.ts';
import { lazyPart } from '../../lazy/lazy-parts.ts';
import { blockColourProperties, CodeStyleContext } from './code-style.ts';
import { codeColours, onSlide } from './syntax-style.ts';
import './code-block.css';

// Not a part for print: the highlighter is the heaviest chunk, so the print view loads it only when a printed slide
// has code, through this component's own first render. Declared all the same, so that the deck warms it when idle.
const loadHighlighter = lazyPart(() => import('./highlighter.tsx'), { print: false });

/** The props the build puts on a fence's `code` element (see src/node/mdx/code-fence-meta.ts). */
interface FenceCodeProps {
  className?: string;
  children?: ReactNode;
  highlights?: string;
  stepOffset?: string;
  showLineNumbers?: string;
  title?: string;
}

function linePropsFor(group: LineGroup | undefined): LinePropsOf {
  return (line) =>
    group && inGroup(group, line) ? { className: 'code-line', 'data-line': line, 'data-highlighted': '' } : { className: 'code-line', 'data-line': line };
}

/** MDX `pre`: plain code at once, highlighted as soon as the lazy highlighter chunk arrives; fence line groups step. */
export function CodeBlock({ children }: { children?: ReactNode }) {
  const child = isValidElement(children) ? (children as ReactElement<FenceCodeProps>) : undefined;
  const props = child?.props ?? {};
  const { code, language } = codeOf(props.className, props.children ?? children);
  const groups = parseCodeMeta(props.highlights ? `{${props.highlights}}` : '').groups;
  const group = currentGroup(groups, useRevealedSteps(), Number(props.stepOffset) || 0);
  const lineProps = linePropsFor(group);
  const codeStyle = useContext(CodeStyleContext);
  const { module } = useModule(codeStyle?.load ?? loadHighlighter);
  // A deck's style's colours inline, as the highlighter puts them on its block, over what a deck's theme gives `pre` and `code`.
  const deckStyle = codeStyle?.style ? onSlide(codeStyle.style) : undefined;
  const plainStyle = deckStyle ? { ...blockColourProperties(deckStyle), background: 'var(--code-background)', color: 'var(--code-text)' } : undefined;
  const flags = { 'data-highlights': group ? '' : undefined, 'data-line-numbers': props.showLineNumbers ? '' : undefined };
  const block = module ? (
    <module.default code={code} language={language} lineProps={lineProps} codeStyle={codeStyle} {...flags} />
  ) : (
    <pre className="code-block code-plain" style={plainStyle} {...flags}>
      <code className={`language-${language}`} style={deckStyle ? codeColours(deckStyle, language) : undefined}>
        {code.split('\n').map((line, index) => (
          <span key={index} {...lineProps(index + 1)}>
            {line}
            {'\n'}
          </span>
        ))}
      </code>
    </pre>
  );
  if (props.title === undefined) return block;
  return (
    <figure className="code-figure">
      <figcaption className="code-title">{props.title}</figcaption>
      {block}
    </figure>
  );
}
