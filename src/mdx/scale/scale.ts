/** A point on the talk's Gentle–Hardcore scale. */
export type Level = 'gentle' | 'middle' | 'hardcore';

/** The two kinds of data engineer: Gentle (Valera) and Hardcore (Anna). */
export type Side = Exclude<Level, 'middle'>;

/** The scale from left to right. */
export const LEVELS: readonly Level[] = ['gentle', 'middle', 'hardcore'];

/** How each level is written on a slide. */
export const LEVEL_NAMES: Record<Level, string> = { gentle: 'Gentle', middle: 'Middle', hardcore: 'Hardcore' };

/** Narrows a string from MDX to a level. */
export function isLevel(value: string): value is Level {
  return (LEVELS as readonly string[]).includes(value);
}

/** Where the marker sits along the track, 0 (Gentle) … 1 (Hardcore). */
export function markerPosition(level: Level): number {
  return LEVELS.indexOf(level) / (LEVELS.length - 1);
}

/** The scale as a sentence, for screen readers: the marker is otherwise only a picture. */
export function scaleLabel(level?: Level): string {
  const names = LEVELS.map((each) => LEVEL_NAMES[each]);
  return level ? `On the Gentle–Hardcore scale: ${LEVEL_NAMES[level]}` : `The Gentle–Hardcore scale: ${names.join(', ')}`;
}
