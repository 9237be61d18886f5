import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { ModalDialog } from './modal-dialog.tsx';
import type { OverlayProps } from './overlay-props.ts';
import { searchSlides, type SlideMatch } from './slide-search.ts';

/** Go to a slide: a number jumps there, text lists matching titles as you type; Enter jumps, Esc closes. */
export default function GotoDialog({ deck, move, onClose, typed = '' }: OverlayProps) {
  const [query, setQuery] = useState(typed);
  const [active, setActive] = useState(0);
  const titles = useMemo(() => deck.slides.map((slide) => slide.title), [deck]);
  const matches = useMemo(() => searchSlides(titles, query), [titles, query]);
  const ids = useId();
  const optionId = (match: SlideMatch) => `${ids}-option-${match.slide}`;
  const chosen = matches[Math.min(active, matches.length - 1)];

  const jump = (match: SlideMatch | undefined) => {
    if (!match) return;
    move({ type: 'goto', slide: match.slide });
    onClose();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const step = { ArrowDown: 1, ArrowUp: -1 }[event.key];
    if (step !== undefined && matches.length > 0) {
      event.preventDefault();
      setActive((index) => (index + step + matches.length) % matches.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      jump(chosen);
    }
  };

  return (
    <ModalDialog title="Go to slide" className="goto-dialog" onClose={onClose}>
      <label className="goto-label" htmlFor={`${ids}-input`}>
        Slide number or title
      </label>
      <input
        id={`${ids}-input`}
        className="goto-input"
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={matches.length > 0}
        aria-controls={matches.length > 0 ? `${ids}-list` : undefined}
        aria-activedescendant={chosen ? optionId(chosen) : undefined}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      {matches.length > 0 && (
        <ul id={`${ids}-list`} className="goto-matches" role="listbox" aria-label="Matching slides">
          {matches.map((match) => (
            <li
              key={match.slide}
              id={optionId(match)}
              role="option"
              aria-selected={match === chosen}
              onClick={() => jump(match)}
              onMouseMove={() => setActive(matches.indexOf(match))}
            >
              <span className="goto-number">{match.slide}</span> {match.title}
            </li>
          ))}
        </ul>
      )}
      <p className="modal-hint" role="status">
        {query.trim() && matches.length === 0 ? 'No slide title matches.' : `${deck.slides.length} slides · ↑↓ choose · Enter jumps · Esc closes`}
      </p>
    </ModalDialog>
  );
}
