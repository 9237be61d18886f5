import { LEVELS, LEVEL_NAMES, isLevel, markerPosition, scaleLabel } from './scale.ts';
import './scale.css';

interface ScaleProps {
  /** Where this solution sits: the slide's verdict badge. Omit (with `size="large"`) to introduce the scale. */
  level?: string;
  /** A solution the talk does not place on the scale: the badge says "not rated". */
  notRated?: boolean;
  /** The introduction slide shows the scale itself, large. */
  size?: 'compact' | 'large';
}

/** The Gentle · Middle · Hardcore scale: large as a picture, compact as a verdict badge; one sentence for assistive tech. */
export function Scale({ level, notRated = false, size = 'compact' }: ScaleProps) {
  if (level !== undefined && !isLevel(level)) throw new Error(`Unknown scale level "${level}"`);
  if (size === 'large') {
    return (
      <div className="scale scale-large" role="img" aria-label={scaleLabel(level)}>
        <div className="scale-track">
          {level && <span className={`scale-marker scale-marker-${level}`} style={{ left: `${markerPosition(level) * 100}%` }} />}
        </div>
        <div className="scale-labels">
          {LEVELS.map((each) => (
            <span key={each} className={`scale-label level-${each}`}>
              {LEVEL_NAMES[each]}
            </span>
          ))}
        </div>
      </div>
    );
  }
  const label = notRated || !level ? 'On the Gentle–Hardcore scale: not rated' : scaleLabel(level);
  return (
    <div className={`verdict${notRated || !level ? ' verdict-unrated' : ''}`} role="img" aria-label={label} data-verdict={level ?? 'not-rated'}>
      <span className="verdict-caption">Scale</span>
      <span className="verdict-track">
        {LEVELS.map((each) => (
          <span key={each} className={`verdict-step level-${each}${each === level ? ' verdict-on' : ''}`}>
            {LEVEL_NAMES[each]}
          </span>
        ))}
      </span>
      {(notRated || !level) && <span className="verdict-none">not rated</span>}
    </div>
  );
}
