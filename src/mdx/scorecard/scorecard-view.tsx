import type { CSSProperties } from 'react';
import { useRevealedSteps } from '../../frame/step-context.ts';
import { LEVEL_NAMES } from '../scale/scale.ts';
import { barFraction, columnAverages, formatAverage, isScoredRow, type ScoreCell } from './score.ts';
import { OUTCOME_MAX, outcomeColumns, outcomeFootnote, outcomeRows } from './outcome.ts';
import '../scale/scale.css';
import './scorecard.css';

/** What MDX passes to `<Scorecard />`. */
export interface ScorecardProps {
  /** `steps={1}` holds the averages row back for the punch line. */
  steps?: number;
  /** Set by the compiler: steps revealed on the slide before this table. */
  stepOffset?: string | number;
}

function Score({ cell }: { cell: ScoreCell }) {
  return (
    <span className="score">
      <span className="score-bar" aria-hidden="true">
        <span style={{ width: `${barFraction(cell.score, OUTCOME_MAX) * 100}%` }} />
      </span>
      <span className="score-value">{cell.score}</span>
      {cell.note && <span className="score-note">({cell.note})</span>}
    </span>
  );
}

/** Anna vs Valera, scored 1 to 5: a real table whose averages row is computed from the rows above it. */
export default function ScorecardView({ steps, stepOffset = 0 }: ScorecardProps) {
  const revealed = useRevealedSteps();
  const averagesShown = steps === undefined || revealed > Number(stepOffset);
  const averages = columnAverages(outcomeRows, outcomeColumns.length);
  const hidden: CSSProperties | undefined = averagesShown ? undefined : { visibility: 'hidden' };

  return (
    <div className="scorecard">
      <table>
        <caption>{outcomeColumns.map((column) => `${column.name} (${LEVEL_NAMES[column.side]})`).join(' vs ')}</caption>
        <thead>
          <tr>
            <th scope="col">Criterion</th>
            {outcomeColumns.map((column) => (
              <th key={column.name} scope="col" className={`level-${column.side}`}>
                {column.name} <span className="scorecard-side">{LEVEL_NAMES[column.side]}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {outcomeRows.map((row) => (
            <tr key={row.criterion}>
              <th scope="row">
                {row.criterion}
                {isScoredRow(row) && row.footnote ? '*' : ''}
              </th>
              {isScoredRow(row) ? (
                row.cells.map((cell, index) => (
                  <td key={index} className={`level-${outcomeColumns[index]?.side ?? 'middle'}`}>
                    <Score cell={cell} />
                  </td>
                ))
              ) : (
                <td colSpan={outcomeColumns.length} className="scorecard-text">
                  {row.text}
                </td>
              )}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="scorecard-averages" style={hidden} aria-hidden={averagesShown ? undefined : true}>
            <th scope="row">Avg.</th>
            {averages.map((average, index) => (
              <td key={index} className={`level-${outcomeColumns[index]?.side ?? 'middle'}`}>
                {formatAverage(average)}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
      <p className="scorecard-footnote">* {outcomeFootnote}</p>
    </div>
  );
}
