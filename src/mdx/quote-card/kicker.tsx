import type { ReactNode } from 'react';

/** The small label over a heading: "Part 3 · …" on a section divider, a question over a statement. */
export function Kicker({ children }: { children?: ReactNode }) {
  return <p className="kicker">{children}</p>;
}
