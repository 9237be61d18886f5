import { SLIDE_HEIGHT, SLIDE_WIDTH } from '../frame/slide-size.ts';
import type { InkSession, Tool } from './ink-session.ts';
import type { Page } from './stroke.ts';

/** Closer points than this (slide px) add nothing a viewer can see. */
const MIN_STEP = 1;

const clamp = (value: number, max: number) => Math.min(max, Math.max(0, Math.round(value * 10) / 10));

/**
 * Mouse, touch and pen on the ink layer while a tool is on: the laser follows the pointer (hovering or pressed), the
 * pen draws while pressed, with the pointer captured and every coalesced sample. Events stop at the layer, so a
 * stroke never steps the slide (click thirds) or swipes. Returns the way to stop listening.
 */
export function listenPointer(layer: HTMLElement, session: InkSession, tool: Tool, page: Page): () => void {
  let drawing: number | null = null;
  let last = { x: -1, y: -1 };
  const toSlide = (event: PointerEvent) => {
    const box = layer.getBoundingClientRect();
    return {
      x: clamp(((event.clientX - box.left) * SLIDE_WIDTH) / box.width, SLIDE_WIDTH),
      y: clamp(((event.clientY - box.top) * SLIDE_HEIGHT) / box.height, SLIDE_HEIGHT),
    };
  };
  const samples = (event: PointerEvent) => {
    const coalesced = event.getCoalescedEvents?.() ?? [];
    return coalesced.length > 0 ? coalesced : [event];
  };

  const onDown = (event: PointerEvent) => {
    if (event.button > 0) return;
    event.preventDefault();
    event.stopPropagation();
    layer.setPointerCapture?.(event.pointerId);
    const at = toSlide(event);
    if (tool === 'laser') return session.pointAt(page, at.x, at.y);
    drawing = event.pointerId;
    last = at;
    session.beginStroke(page, at.x, at.y);
  };
  const onMove = (event: PointerEvent) => {
    event.stopPropagation();
    if (tool === 'laser') {
      const at = toSlide(event);
      return session.pointAt(page, at.x, at.y);
    }
    if (drawing !== event.pointerId) return;
    const points: number[] = [];
    for (const sample of samples(event)) {
      const at = toSlide(sample);
      if (Math.hypot(at.x - last.x, at.y - last.y) < MIN_STEP) continue;
      points.push(at.x, at.y);
      last = at;
    }
    session.extendStroke(points);
  };
  const onUp = (event: PointerEvent) => {
    event.stopPropagation();
    if (drawing !== event.pointerId) return;
    drawing = null;
    session.endStroke();
  };
  const onLeave = (event: PointerEvent) => {
    if (tool === 'laser' && event.pointerType === 'mouse') session.hidePointer(page);
  };
  const stop = (event: Event) => event.stopPropagation();

  const listeners: [string, (event: never) => void][] = [
    ['pointerdown', onDown],
    ['pointermove', onMove],
    ['pointerup', onUp],
    ['pointercancel', onUp],
    ['pointerleave', onLeave],
    ['click', stop],
    ['touchstart', stop],
    ['touchend', stop],
  ];
  for (const [name, listener] of listeners) layer.addEventListener(name, listener as EventListener);
  return () => {
    for (const [name, listener] of listeners) layer.removeEventListener(name, listener as EventListener);
    if (drawing !== null) session.endStroke();
  };
}
