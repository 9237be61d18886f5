import { useEffect, useState } from 'react';
import { useModule } from '../../lazy/use-module.ts';
import { track } from '../../schedule/ready.ts';
import { useDarkTheme } from './use-dark-theme.ts';
import './mermaid.css';

// Not a lazy part: Mermaid is by far the largest chunk, so only a deck that shows a diagram ever loads it (when a
// slide with one is mounted, as a neighbour ahead of time or in the print view).
const loadRenderer = () => import('./render-mermaid.ts');

/** The diagram's own accessible title (`accTitle: …` in its text), if it has one. */
function accessibleTitle(code: string): string | undefined {
  return /^\s*accTitle\s*:\s*(.+)$/m.exec(code)?.[1]?.trim();
}

/**
 * A ```` ```mermaid ```` fence as an SVG diagram, drawn in the browser by the lazily loaded Mermaid chunk, again
 * when the theme changes. The deck is not `data-ready` until it is drawn. A diagram Mermaid cannot read throws,
 * so its slide (only) shows the error card with Mermaid's words.
 */
export function MermaidBlock({ code }: { code: string }) {
  const { module } = useModule(loadRenderer);
  const dark = useDarkTheme();
  const key = `${dark ? 'dark' : 'light'}\0${code}`;
  const [drawn, setDrawn] = useState<{ key: string; svg?: string; error?: string }>();

  useEffect(() => {
    if (!module) return;
    let live = true;
    void track(
      module.renderMermaid(code, dark).then(
        (svg) => live && setDrawn({ key, svg }),
        (error: Error) => live && setDrawn({ key, error: error.message }),
      ),
    );
    return () => {
      live = false;
    };
  }, [module, code, dark, key]);

  if (drawn?.key === key && drawn.error !== undefined) throw new Error(`This Mermaid diagram has an error:\n${drawn.error}`);
  if (drawn?.svg === undefined) {
    return (
      <pre className="code-block code-plain mermaid-loading" aria-busy="true">
        <code className="language-mermaid">{code}</code>
      </pre>
    );
  }
  return <div className="mermaid-diagram" role="img" aria-label={accessibleTitle(code) ?? 'Diagram'} dangerouslySetInnerHTML={{ __html: drawn.svg }} />;
}
