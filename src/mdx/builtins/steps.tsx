import { Children, cloneElement, isValidElement, type ReactElement, type ReactNode } from 'react';
import { useRevealedSteps } from '../../frame/step-context.ts';

interface StepsProps {
  children?: ReactNode;
  /** Set at compile time: steps revealed on this slide before this element. */
  stepOffset?: string | number;
}

type WithChildren = ReactElement<{ children?: ReactNode; className?: string; 'aria-hidden'?: boolean }>;

const LISTS = new Set(['ul', 'ol']);

function visibleChildren(children: ReactNode): ReactNode[] {
  return Children.toArray(children).filter((child) => !(typeof child === 'string' && child.trim() === ''));
}

function hide(child: ReactNode, shown: boolean, key: number): ReactNode {
  const className = shown ? 'step step-shown' : 'step step-hidden';
  if (isValidElement(child) && typeof child.type === 'string') {
    const element = child as WithChildren;
    const own = element.props.className ? `${element.props.className} ` : '';
    return cloneElement(element, { key, className: own + className, 'aria-hidden': shown ? undefined : true });
  }
  return (
    <span key={key} className={className} aria-hidden={shown ? undefined : true}>
      {child}
    </span>
  );
}

/** Reveals its children one per step (a lone list or paragraph reveals its items); mdx-deck's Steps and Appear. */
export function Steps({ children, stepOffset = 0 }: StepsProps) {
  const revealed = useRevealedSteps();
  const offset = Number(stepOffset) || 0;
  const items = visibleChildren(children);
  const only = items.length === 1 ? items[0] : undefined;
  const isContainer = isValidElement(only) && typeof only.type === 'string' && (LISTS.has(only.type) || only.type === 'p');
  if (isContainer) {
    const container = only as WithChildren;
    const inner = visibleChildren(container.props.children).map((child, index) => hide(child, offset + index < revealed, index));
    return cloneElement(container, {}, inner);
  }
  return <>{items.map((child, index) => hide(child, offset + index < revealed, index))}</>;
}

/** mdx-deck v2's name for Steps. */
export const Appear = Steps;
