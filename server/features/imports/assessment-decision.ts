// The decision an assessments table is the annex of, given to its rows as a decision column
// filled with it on every row would give it: recorded on each row (`decision_no`,
// `decision_date`), never publishing them (the rows stay drafts until the cohort-year is
// published, ADR 066). A row giving a decision of its own (a number or a date in the file's
// columns) keeps it whole: a number from the row is never dated by the title, nor the reverse.
import type { ImportIssues } from './import-issues.ts'
import type { PlannedAssessment } from './planned-assessment.ts'
import type { Sheet } from './sheet.ts'
import { titleDecision } from './title-decision.ts'
import { DECISION_KEYS, reportTitleDecision, usableTitleDecision } from './title-decision-issues.ts'

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
  const decision = usableTitleDecision(found)
  if (decision)
    for (const { assessment } of taking) {
      assessment.decision_no = decision.no
      assessment.decision_date = decision.date
    }
  reportTitleDecision(sheet, found, taking.length, issues, 'DECISION_FROM_TITLE')
}
