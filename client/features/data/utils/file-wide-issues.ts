// Problems of a whole file, told once above the preview rather than on its rows, each fixed by
// one field of the form: a file of unit names imported without its parent unit (the same error
// on every row), a table with no year column whose title names no year either.
import type { ImportIssue } from '#shared/dto/import.ts'

export type FileWideIssues = {
  /** The file names units without codes and no parent was given: how many rows. */
  needsParent: { rows: number } | null
  /** The table has no year column and its title names no year: the year field gives it. */
  needsYear: boolean
  /** The errors that stay on their rows. */
  rowIssues: ImportIssue[]
}

export function fileWideIssues({ errors }: { errors: readonly ImportIssue[] }): FileWideIssues {
  const rowIssues: ImportIssue[] = []
  let parentRows = 0
  let needsYear = false
  for (const issue of errors) {
    if (issue.code === 'MISSING_COLUMN' && (issue.details as { key?: string } | undefined)?.key === 'year') {
      needsYear = true
      continue
    }
    if (issue.code !== 'PARENT_REQUIRED') {
      rowIssues.push(issue)
      continue
    }
    // The server says it once with its count; an older answer said it once a row.
    const rows = (issue.details as { rows?: number } | undefined)?.rows ?? 1
    parentRows += rows
  }
  return { needsParent: parentRows > 0 ? { rows: parentRows } : null, needsYear, rowIssues }
}
