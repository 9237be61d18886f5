import type { DeckMeta } from '../../deck/deck-types.ts';
import './speaker.css';

/** Who gives the talk, where and when, from the deck's `meta`: `<Speaker meta={meta} />` on the title slide. */
export function Speaker({ meta }: { meta?: DeckMeta }) {
  if (!meta?.author) return null;
  const occasion = [meta.event, formatDate(meta.date)].filter(Boolean).join(' · ');
  return (
    <div className="speaker">
      <p className="speaker-name">
        {meta.author}
        {meta.handle && <span className="speaker-handle">{meta.handle}</span>}
      </p>
      {meta.role && <p className="speaker-role">{meta.role}</p>}
      {occasion && <p className="speaker-occasion">{occasion}</p>}
    </div>
  );
}

/** `2026-12-01` as "1 December 2026" (any other text as written); the same on every machine and in the prerender. */
export function formatDate(date?: string): string | undefined {
  const match = date?.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  if (!match) return date;
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const month = months[Number(match[2]) - 1];
  return month ? `${Number(match[3])} ${month} ${match[1]}` : date;
}
