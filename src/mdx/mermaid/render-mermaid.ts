import mermaid from 'mermaid';

let counter = 0;
let queue: Promise<unknown> = Promise.resolve();

/** The first lines of a Mermaid error, which say where in the diagram's text it went wrong. */
function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n').slice(0, 4).join('\n').trim();
}

/**
 * A Mermaid diagram as SVG markup, drawn in the deck's light or dark theme and in its body font (measured once the
 * fonts are in). Renders run one at a time: Mermaid's configuration is global. Mermaid's strict security level
 * strips scripts and click handlers from the diagram. A syntax error rejects with Mermaid's own words.
 */
export function renderMermaid(code: string, dark: boolean): Promise<string> {
  const run = async () => {
    await document.fonts.ready;
    const fontFamily = getComputedStyle(document.documentElement).getPropertyValue('--deck-font-body').trim() || 'sans-serif';
    mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: dark ? 'dark' : 'default', fontFamily });
    const id = `deck-mermaid-${++counter}`;
    try {
      const { svg } = await mermaid.render(id, code);
      return svg;
    } catch (error) {
      throw new Error(reasonOf(error), { cause: error });
    } finally {
      // What Mermaid leaves in the body while measuring, or after an error.
      for (const leftover of [id, `d${id}`, `i${id}`]) document.getElementById(leftover)?.remove();
    }
  };
  const result = queue.then(run, run);
  queue = result.catch(() => {});
  return result;
}
