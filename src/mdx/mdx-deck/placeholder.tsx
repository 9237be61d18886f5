import type { ReactNode } from 'react';

/**
 * What an import of a name mdx-deck never exported gets (webpack only warned; its value was `undefined`): a component
 * rendering its children, so the deck builds and the build's warning names the import. Called as a function it
 * returns `undefined`, like the missing export would have been.
 */
export function missingExport(name: string): unknown {
  function Missing({ children }: { children?: ReactNode }) {
    return <>{children ?? null}</>;
  }
  Missing.displayName = `Missing(${name})`;
  return Missing;
}
