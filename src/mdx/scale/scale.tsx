import { LEVELS, LEVEL_NAMES, isLevel, markerPosition, scaleLabel } from './scale.ts';
import './scale.css';

interface ScaleProps {
  /** Where this solution sits; omit to introduce the scale without a marker. */
  level?: string;
  /** The introduction slide shows the scale large. */
  size?: 'compact' | 'large';
}

/** The Gentle · Middle · Hardcore scale with an optional marker; one sentence for assistive tech. */
export function Scale({ level, size = 'compact' }: ScaleProps) {
  if (level !== undefined && !isLevel(level)) throw new Error(`Unknown scale level "${level}"`);
  return (
    <div className={`scale scale-${size}`} role="img" aria-label={scaleLabel(level)}>
      <div className="scale-track">
        {level && <span className={`scale-marker scale-marker-${level}`} style={{ left: `${markerPosition(level) * 100}%` }} />}
      </div>
      <div className="scale-labels">
        {LEVELS.map((each) => (
          <span key={each} className={`scale-label level-${each}${each === level ? ' scale-label-on' : ''}`}>
            {LEVEL_NAMES[each]}
          </span>
        ))}
      </div>
    </div>
  );
}
