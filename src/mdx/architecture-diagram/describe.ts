import type { Diagram, DiagramItem } from './diagram-types.ts';
import { overlayText } from './bands.ts';

function itemText(item: DiagramItem): string {
  return item.kind === 'unknown' ? 'nothing named yet' : item.label;
}

/** The diagram as one sentence for screen readers and search: "Source Layer: Files, …; IoT → Data Processing: …". */
export function describeDiagram(diagram: Diagram): string {
  const flow = diagram.layers.map((layer) => (layer.items.length ? `${layer.title}: ${layer.items.map(itemText).join('; ')}` : layer.title)).join(' → ');
  const titleOf = (id: string) => diagram.layers.find((layer) => layer.id === id)?.title ?? id;
  const bands = (diagram.overlays ?? []).map((overlay) => {
    const over = overlay.from === overlay.to ? titleOf(overlay.from) : `${titleOf(overlay.from)} to ${titleOf(overlay.to)}`;
    return `${overlayText(overlay)}, over ${over}`;
  });
  return `${diagram.title}. ${flow}.${bands.length ? ` ${bands.join('. ')}.` : ''}`;
}
