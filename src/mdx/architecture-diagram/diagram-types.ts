/** How an item is drawn: a plain capability, a named product (chip), or a box the talk leaves open on purpose. */
export type ItemKind = 'plain' | 'tool' | 'unknown';

/** One box inside a layer. */
export interface DiagramItem {
  label: string;
  kind?: ItemKind;
}

/** The small picture over a layer's title: what kind of thing the layer is. */
export type Glyph = 'file' | 'stream' | 'database' | 'model' | 'dashboard';

/** One column of the left-to-right flow. */
export interface DiagramLayer {
  id: string;
  title: string;
  glyph?: Glyph;
  items: readonly DiagramItem[];
}

/** A band laid over a run of adjacent layers (a role, or an orchestrator such as Airflow). */
export interface DiagramOverlay {
  id: string;
  label: string;
  /** The seed's number in brackets before a role, e.g. "(2) Data Engineer". */
  count?: number;
  /** First and last layer id the band spans (inclusive). */
  from: string;
  to: string;
  position: 'top' | 'bottom';
}

/** The accent a diagram is drawn in: Gentle (Valera), Hardcore (Anna), Middle, or none. */
export type DiagramTone = 'neutral' | 'gentle' | 'middle' | 'hardcore';

/** A whole architecture: layers in flow order plus optional overlays. */
export interface Diagram {
  title: string;
  tone: DiagramTone;
  layers: readonly DiagramLayer[];
  overlays?: readonly DiagramOverlay[];
}
