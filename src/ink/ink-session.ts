import type { DeckChannel } from '../sync/deck-channel.ts';
import { INK_TOPIC, parseInkBody, type InkBody } from '../sync/ink-messages.ts';
import { clearSlide, pagesOf, putStroke, replacePage, strokesOn, undoLast, type Drawings } from './drawings.ts';
import { loadDrawings, saveDrawings } from './ink-storage.ts';
import { LIMITS, type InkName, type Page, type Stroke } from './stroke.ts';

/** The two tools; at most one is on in a window. */
export type Tool = 'laser' | 'pen';

/** The laser pointer where it was last moved, in slide pixels; `fading` for its last moment on screen. */
export interface Pointer {
  page: Page;
  x: number;
  y: number;
  fading: boolean;
}

/** What the ink layer and its toolbar show. */
export interface InkState {
  tool: Tool | null;
  ink: InkName;
  drawings: Drawings;
  pointer: Pointer | null;
}

/** A pointer still for this long fades (or, with reduced motion, goes at once). */
export const POINTER_IDLE_MS = 1000;
const FADE_MS = 300;
const SAVE_DELAY_MS = 250;

const EMPTY: InkState = { tool: null, ink: 'red', drawings: {}, pointer: null };

const TOOL_NAMES: Record<Tool, string> = { laser: 'Laser pointer', pen: 'Pen' };

const reducedMotion = () => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

const strokeId = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;

/**
 * One window's pen and pointer: the one owner of its strokes and tool, kept for the session, told to the deck's
 * other windows when this is the presenter and taken from the presenter when it is not. Views subscribe with
 * `useSyncExternalStore`; the keymap's commands and the layer's pointer input call its methods.
 */
export class InkSession {
  private state: InkState;
  private readonly listeners = new Set<() => void>();
  private readonly announcers = new Set<(text: string) => void>();
  private channel: DeckChannel | null = null;
  private drawing: { page: Page; stroke: Stroke } | null = null;
  private strokeFrame = 0;
  private fadeTimer: ReturnType<typeof setTimeout> | undefined;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly deckId: string) {
    this.state = typeof window === 'undefined' ? EMPTY : { ...EMPTY, drawings: loadDrawings(deckId) };
  }

  /** For `useSyncExternalStore`. */
  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };
  readonly getSnapshot = (): InkState => this.state;
  /** What the prerender showed: no strokes (the session's are in this tab's storage). */
  readonly getServerSnapshot = (): InkState => EMPTY;

  /** Subscribes to what the live region should say (tool toggles, undo, clear). */
  readonly onAnnounce = (listener: (text: string) => void) => {
    this.announcers.add(listener);
    return () => void this.announcers.delete(listener);
  };

  /** Shares this window's ink over the deck's channel (when it is the presenter's) or shows the presenter's; returns the way out. */
  connect(channel: DeckChannel): () => void {
    this.channel = channel;
    const unsubscribe = channel.subscribe(INK_TOPIC, (data) => this.receive(data));
    const unjoin = channel.onJoin(() => this.answer());
    // This session loads lazily (use-ink.ts): a window that joined before it did has not had the kept strokes yet.
    if (pagesOf(this.state.drawings).length > 0) this.answer();
    // A reload right after a stroke: keep it now rather than after the save's delay.
    const keep = () => this.flush();
    window.addEventListener('pagehide', keep);
    return () => {
      window.removeEventListener('pagehide', keep);
      unsubscribe();
      unjoin();
      if (this.channel === channel) this.channel = null;
    };
  }

  /** A message from the presenter's session (anything that does not read as one is dropped). */
  receive(data: unknown): void {
    const body = parseInkBody(data);
    if (body) this.adopt(body);
  }

  /** Turns a tool on (the other one off), or off when it is on. */
  toggle(tool: Tool): void {
    const on = this.state.tool !== tool;
    if (this.state.pointer) this.hidePointer(this.state.pointer.page);
    this.update({ tool: on ? tool : null });
    this.announce(`${TOOL_NAMES[tool]} ${on ? 'on' : 'off'}`);
  }

  /** Picks the pen's ink (and turns the pen on). */
  setInk(ink: InkName): void {
    this.update({ ink, tool: 'pen' });
  }

  /** The laser pointer moved to (x, y) on the page. */
  pointAt(page: Page, x: number, y: number): void {
    this.showPointer(page, x, y);
    this.tell({ kind: 'pointer', page, at: { x, y } });
  }

  /** The laser pointer left the slide. */
  hidePointer(page: Page): void {
    clearTimeout(this.fadeTimer);
    if (this.state.pointer) this.update({ pointer: null });
    this.tell({ kind: 'pointer', page, at: null });
  }

  /** Starts a stroke of the current ink at (x, y). */
  beginStroke(page: Page, x: number, y: number): void {
    this.endStroke();
    this.drawing = { page, stroke: { id: strokeId(), ink: this.state.ink, points: [x, y] } };
    this.putDrawn();
  }

  /** Adds points (x, y, …) to the stroke being drawn; a stroke at its size limit goes on as a new one. */
  extendStroke(points: readonly number[]): void {
    const drawing = this.drawing;
    if (!drawing || points.length === 0) return;
    if (drawing.stroke.points.length + points.length > 2 * LIMITS.pointsPerStroke) {
      const last = drawing.stroke.points.slice(-2);
      this.beginStroke(drawing.page, last[0]!, last[1]!);
      this.extendStroke(points);
      return;
    }
    drawing.stroke = { ...drawing.stroke, points: [...drawing.stroke.points, ...points] };
    this.putDrawn();
  }

  /** The stroke is finished: told at once, and kept. */
  endStroke(): void {
    const drawing = this.drawing;
    if (!drawing) return;
    this.drawing = null;
    cancelAnimationFrame(this.strokeFrame);
    this.strokeFrame = 0;
    this.tell({ kind: 'stroke', page: drawing.page, stroke: drawing.stroke });
    this.save();
  }

  /** Removes the page's last stroke. */
  undo(page: Page): void {
    this.endStroke();
    const left = strokesOn(this.state.drawings, page).length - 1;
    if (left < 0) return this.announce('Nothing to undo on this slide');
    this.update({ drawings: undoLast(this.state.drawings, page) });
    this.tell({ kind: 'page', page, strokes: [...strokesOn(this.state.drawings, page)] });
    this.save();
    this.announce(`Last stroke undone, ${left} left`);
  }

  /** Removes every stroke of the slide, on all its steps. */
  clear(slide: number): void {
    this.endStroke();
    this.update({ drawings: clearSlide(this.state.drawings, slide) });
    this.tell({ kind: 'clear', slide });
    this.save();
    this.announce('Drawings on this slide cleared');
  }

  private putDrawn(): void {
    const drawing = this.drawing!;
    this.update({ drawings: putStroke(this.state.drawings, drawing.page, drawing.stroke) });
    // Followers see the stroke grow, once a frame at most.
    if (this.strokeFrame) return;
    this.strokeFrame = requestAnimationFrame(() => {
      this.strokeFrame = 0;
      if (this.drawing) this.tell({ kind: 'stroke', page: this.drawing.page, stroke: this.drawing.stroke });
    });
  }

  private showPointer(page: Page, x: number, y: number): void {
    clearTimeout(this.fadeTimer);
    this.update({ pointer: { page, x, y, fading: false } });
    this.fadeTimer = setTimeout(() => {
      if (reducedMotion()) return this.update({ pointer: null });
      this.update({ pointer: { page, x, y, fading: true } });
      this.fadeTimer = setTimeout(() => this.update({ pointer: null }), FADE_MS);
    }, POINTER_IDLE_MS);
  }

  private adopt(body: InkBody): void {
    if (body.kind === 'pointer') {
      if (body.at) this.showPointer(body.page, body.at.x, body.at.y);
      else if (this.state.pointer) {
        clearTimeout(this.fadeTimer);
        this.update({ pointer: null });
      }
      return;
    }
    if (body.kind === 'stroke') this.update({ drawings: putStroke(this.state.drawings, body.page, body.stroke) });
    else if (body.kind === 'page') this.update({ drawings: replacePage(this.state.drawings, body.page, body.strokes) });
    else if (body.kind === 'clear') this.update({ drawings: clearSlide(this.state.drawings, body.slide) });
    else if (body.kind === 'reset') this.update({ drawings: {} });
    this.save();
  }

  /** A window joined: the followers get every stroke, replacing whatever they kept. */
  private answer(): void {
    this.tell({ kind: 'reset' });
    for (const { page, strokes } of pagesOf(this.state.drawings)) this.tell({ kind: 'page', page, strokes: [...strokes] });
  }

  /** Publishes to the following windows (the channel sends only from a presenter). */
  private tell(body: InkBody): void {
    this.channel?.publish(INK_TOPIC, body);
  }

  /** Keeps the strokes now. */
  flush(): void {
    if (this.saveTimer === undefined) return;
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    saveDrawings(this.deckId, this.state.drawings);
  }

  private save(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => this.flush(), SAVE_DELAY_MS);
  }

  private announce(text: string): void {
    for (const listener of this.announcers) listener(text);
  }

  private update(change: Partial<InkState>): void {
    this.state = { ...this.state, ...change };
    for (const listener of this.listeners) listener();
  }
}
