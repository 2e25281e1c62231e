// The decision an assessments table is the annex of, given to its rows as a decision column
// filled with it on every row would give it: recorded on each row (`decision_no`,
// `decision_date`), never publishing them (the rows stay drafts until the cohort-year is
// published, ADR 066). A row giving a decision of its own (a number or a date in the file's
// columns) keeps it whole: a number from the row is never dated by the title, nor the reverse.
import type { ImportIssues } from './import-issues.ts'
import type { PlannedAssessment } from './planned-assessment.ts'
import type { Sheet } from './sheet.ts'
import { titleDecision } from './title-decision.ts'

/** The decision columns a table may have, the number first (the one the message names). */
const DECISION_KEYS = ['decision_no', 'decision_date'] as const

/**
 * Gives the title's decision to the rows giving none, said once on its line; a title citing two
 * decisions gives none, said on the second's line; a date that is no day is an error on its line.
 */
export function applyTitleDecision(
  sheet: Sheet,
  planned: readonly PlannedAssessment[],
  issues: ImportIssues,
): void {
  const found = titleDecision(sheet.titleRows)
  if (found.kind === 'none') return
  const taking = planned.filter(({ r }) => DECISION_KEYS.every((key) => r.text(key) === ''))
  // Every row gives its own: the file's column wins, and the title has nothing to say.
  if (taking.length === 0) return
  if (found.kind === 'ambiguous') {
    const { first, second } = found
    issues.warn(second.row, null, 'DECISION_TITLE_AMBIGUOUS', {
      first: first.no,
      firstDate: first.date ?? '',
      firstRow: first.row,
      second: second.no,
      secondDate: second.date ?? '',
      secondRow: second.row,
    })
    return
  }
  const { decision } = found
  if (decision.invalidDate !== null) {
    issues.error(decision.row, decision.column, 'INVALID_DATE', {
      value: decision.invalidDate,
      decision: decision.no,
    })
    return
  }
  for (const { assessment } of taking) {
    assessment.decision_no = decision.no
    assessment.decision_date = decision.date
  }
  const column = DECISION_KEYS.map((key) => sheet.index.get(key)).find((i) => i !== undefined)
  issues.warn(decision.row, null, 'DECISION_FROM_TITLE', {
    no: decision.no,
    date: decision.date ?? '',
    rows: taking.length,
    column: column === undefined ? '' : (sheet.header[column] ?? ''),
  })
}
