import type { ScoreColumn, ScoreRow } from './score.ts';

/** Best mark on the talk's scorecard ("Outcome from 1 to 5, 5 is the best"). */
export const OUTCOME_MAX = 5;

/** Anna is Hardcore (Marusya's on-premise store), Valera is Gentle (Innokenty's cloud games). */
export const outcomeColumns: readonly ScoreColumn[] = [
  { name: 'Anna', side: 'hardcore' },
  { name: 'Valera', side: 'gentle' },
];

/** The seed's scores, exactly; the averages are computed, never typed in. */
export const outcomeRows: readonly ScoreRow[] = [
  { criterion: 'time to market', footnote: true, cells: [{ score: 2 }, { score: 5 }] },
  { criterion: 'maintenance', cells: [{ score: 3 }, { score: 4 }] },
  { criterion: 'engineering excellence', cells: [{ score: 5 }, { score: 3 }] },
  { criterion: 'CI/CD', cells: [{ score: 5 }, { score: 0 }] },
  { criterion: 'Dev/Prod', cells: [{ score: 5 }, { score: 2 }] },
  {
    criterion: 'time to onboard new empl',
    cells: [
      { score: 2, note: 'longer' },
      { score: 4, note: 'faster' },
    ],
  },
  {
    criterion: 'easy to replace?',
    cells: [
      { score: 1, note: 'could be hard' },
      { score: 4, note: 'relatively easy' },
    ],
  },
  { criterion: 'easy of scale', cells: [{ score: 3 }, { score: 4 }] },
  { criterion: 'is "CEO" happy?', text: 'Absolutely!' },
];

/** The footnote the asterisk points to. */
export const outcomeFootnote = 'with time to provision hardware';
