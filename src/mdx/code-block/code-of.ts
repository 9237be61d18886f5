import type { ReactNode } from 'react';

/** The language and text of an MDX code element (`<code className="language-sql">`), trailing newline dropped. */
export function codeOf(className: string | undefined, children: ReactNode): { code: string; language: string } {
  const language = /language-([\w-]+)/.exec(className ?? '')?.[1] ?? 'text';
  const code = (Array.isArray(children) ? children.join('') : typeof children === 'string' ? children : '').replace(/\n$/, '');
  return { code, language };
}
