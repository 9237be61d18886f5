import type { ReactNode } from 'react';
import { isLevel } from './scale.ts';
import './scale.css';

/** Inline text in a level's colour (e.g. "Gentle" in green), so the sides read the same on every slide. */
export function LevelText({ level, children }: { level: string; children?: ReactNode }) {
  if (!isLevel(level)) throw new Error(`Unknown level "${level}"`);
  return <span className={`level-text level-${level}`}>{children}</span>;
}
