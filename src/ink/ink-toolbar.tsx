import { strokesOn } from './drawings.ts';
import { useInkSession, useInkState } from './ink-context.ts';
import type { InkSession } from './ink-session.ts';
import { INKS, type Page } from './stroke.ts';
import '../views/ui-colors.css';
import './ink.css';

function Toolbar({ session, page }: { session: InkSession; page: Page }) {
  const { tool, ink, drawings } = useInkState(session);
  if (tool === 'laser') {
    return (
      <div className="ink-toolbar" role="toolbar" aria-label="Laser pointer">
        <span className="ink-toolbar-name">Laser pointer</span>
        <button type="button" className="ink-button" onClick={() => session.toggle('laser')}>
          Stop <kbd>L</kbd>
        </button>
      </div>
    );
  }
  if (tool !== 'pen') return null;
  const empty = strokesOn(drawings, page).length === 0;
  return (
    <div className="ink-toolbar" role="toolbar" aria-label="Pen">
      {INKS.map((entry) => (
        <button
          key={entry.name}
          type="button"
          className="ink-swatch"
          aria-label={entry.label}
          aria-pressed={entry.name === ink}
          title={entry.label}
          onClick={() => session.setInk(entry.name)}
        >
          <span className="ink-swatch-colour" style={{ background: entry.color }} data-ink={entry.name} />
        </button>
      ))}
      <button type="button" className="ink-button" disabled={empty} onClick={() => session.undo(page)}>
        Undo <kbd>Z</kbd>
      </button>
      <button type="button" className="ink-button" onClick={() => session.clear(page.slide)}>
        Clear <kbd>C</kbd>
      </button>
      <button type="button" className="ink-button" onClick={() => session.toggle('pen')}>
        Done <kbd>D</kbd>
      </button>
    </div>
  );
}

/** The pen's inks, undo, clear and done (or the laser's stop) while a tool is on in this window; not part of the slide. */
export function InkToolbar({ page }: { page: Page }) {
  const session = useInkSession();
  return session ? <Toolbar session={session} page={page} /> : null;
}
