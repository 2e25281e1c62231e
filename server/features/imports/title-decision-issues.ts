// What an import says of the decision its title lines cite (title-decision.ts), for any kind of
// table annexed to a decision: which rows took it, or why none did. The same for an assessments
// table (ADR 066) and an awards list, each with its own message of what taking it means.
import type { ImportIssues } from './import-issues.ts'
import type { Sheet } from './sheet.ts'
import type { CitedDecision, TitleDecision } from './title-decision.ts'

/** The decision columns a table may have, the number first (the one a message names). */
export const DECISION_KEYS = ['decision_no', 'decision_date'] as const

/** The title's decision rows giving none of their own take: one cited, with a real date. */
export function usableTitleDecision(found: TitleDecision): CitedDecision | null {
  return found.kind === 'one' && found.decision.invalidDate === null ? found.decision : null
}

/**
 * Says what became of the title's decision once `taking` rows gave none of their own: nothing
 * when no row needed it; a warning naming both when the title cites two (no row took either);
 * an error on its line when its date is no day (the file is refused); else `taken`, on its line,
 * with how many rows took it and the decision column they left empty, if the table has one.
 */
export function reportTitleDecision(
  sheet: Sheet,
  found: TitleDecision,
  taking: number,
  issues: ImportIssues,
  taken: 'DECISION_FROM_TITLE' | 'AWARD_DECISION_FROM_TITLE',
): void {
  if (found.kind === 'none' || taking === 0) return
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
  const column = DECISION_KEYS.map((key) => sheet.index.get(key)).find((i) => i !== undefined)
  issues.warn(decision.row, null, taken, {
    no: decision.no,
    date: decision.date ?? '',
    rows: taking,
    column: column === undefined ? '' : (sheet.header[column] ?? ''),
  })
}
