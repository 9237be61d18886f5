import type { Side } from '../scale/scale.ts';

/** One person's mark for one criterion; `note` is the seed's aside, e.g. "could be hard". */
export interface ScoreCell {
  score: number;
  note?: string;
}

/** A scored criterion, one cell per column. */
export interface ScoredRow {
  criterion: string;
  /** Marks the criterion with the table's footnote asterisk. */
  footnote?: boolean;
  cells: readonly ScoreCell[];
}

/** A criterion answered in words for everyone at once ("Absolutely!"); it never counts toward the average. */
export interface TextRow {
  criterion: string;
  text: string;
}

/** A row of the scorecard. */
export type ScoreRow = ScoredRow | TextRow;

/** A person being scored, and the side of the talk they stand for. */
export interface ScoreColumn {
  name: string;
  side: Side;
}

/** Tells scored rows from text rows. */
export function isScoredRow(row: ScoreRow): row is ScoredRow {
  return 'cells' in row;
}

/** Mean score per column over the scored rows only; a 0 is a real score. NaN for a column with no scores. */
export function columnAverages(rows: readonly ScoreRow[], columns: number): number[] {
  const scored = rows.filter(isScoredRow);
  return Array.from({ length: columns }, (_, column) => {
    const values = scored.map((row) => row.cells[column]?.score).filter((score): score is number => score !== undefined);
    return values.length ? values.reduce((sum, score) => sum + score, 0) / values.length : Number.NaN;
  });
}

/** An average as the slide prints it: two decimals, or a dash when there is nothing to average. */
export function formatAverage(value: number): string {
  return Number.isFinite(value) ? value.toFixed(2) : '—';
}

/** How full a score's bar is, 0…1, on a scale whose best mark is `max`. */
export function barFraction(score: number, max: number): number {
  return Math.min(1, Math.max(0, score / max));
}
