import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { DeckChannel } from '../sync/deck-channel.ts';
import { preload } from '../lazy/use-module.ts';
import { onceReady } from '../schedule/ready.ts';
import { lazyPart } from '../lazy/lazy-parts.ts';
import { INK_TOPIC } from '../sync/ink-topic.ts';
import { storageKey, type Ink } from './ink-context.ts';
import type { InkSession } from './ink-session.ts';

// Warmed when idle like every part, so the pen works offline; never for print.
const loadInkParts = lazyPart(() => import('./ink-parts.ts'), { print: false });

/** The lazily loaded ink module: the session class and the layer and toolbar that draw it. */
export type InkParts = Awaited<ReturnType<typeof loadInkParts>>;

const keptStrokes = (deckId: string) => {
  try {
    return typeof sessionStorage !== 'undefined' && sessionStorage.getItem(storageKey(deckId)) !== null;
  } catch {
    return false;
  }
};

/**
 * The window's ink, loaded once the deck is first ready in a view that draws (`drawing`: what is on screen comes
 * first), or sooner when needed: a tool turned on (`withInk`), a message from the presenter (kept and handed over once
 * loaded), or strokes kept in this tab from before a reload. None of its code is in the start chunk.
 */
export function useInk(deckId: string, channel: DeckChannel, drawing: boolean): { ink: Ink | null; withInk: (act: (session: InkSession) => void) => void } {
  const [parts, setParts] = useState<InkParts | null>(null);
  const [wanted, setWanted] = useState(false);
  const waiting = useRef<{ messages: unknown[]; acts: ((session: InkSession) => void)[] }>({ messages: [], acts: [] });
  const ink = useMemo(() => (parts ? { session: new parts.InkSession(deckId), parts } : null), [parts, deckId]);

  useEffect(() => {
    if (keptStrokes(deckId)) setWanted(true);
  }, [deckId]);
  useEffect(() => (drawing ? onceReady(() => setWanted(true)) : undefined), [drawing]);
  useEffect(() => {
    if (!wanted || parts) return;
    let live = true;
    preload(loadInkParts, { quiet: true }).then(
      (loaded) => live && setParts(loaded),
      // Offline before the chunk was warmed: the next press tries again.
      () => live && setWanted(false),
    );
    return () => void (live = false);
  }, [wanted, parts]);
  useEffect(() => {
    if (ink) return;
    return channel.subscribe(INK_TOPIC, (data) => {
      waiting.current.messages.push(data);
      setWanted(true);
    });
  }, [channel, ink]);
  useEffect(() => {
    if (!ink) return;
    const disconnect = ink.session.connect(channel);
    const { messages, acts } = waiting.current;
    for (const data of messages.splice(0)) ink.session.receive(data);
    for (const act of acts.splice(0)) act(ink.session);
    return disconnect;
  }, [ink, channel]);

  const withInk = useCallback(
    (act: (session: InkSession) => void) => {
      if (ink) return act(ink.session);
      waiting.current.acts.push(act);
      setWanted(true);
    },
    [ink],
  );
  return { ink, withInk };
}
