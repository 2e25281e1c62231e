// A long list of problems read by kind first: the same problem on many rows (a decimal comma in a
// comma-separated file shifts every row; a misspelt level title misses every unit) is one fix,
// said once with how many rows have it and the first of them, before the row-by-row table.
import type { ImportIssue } from '#shared/dto/import.ts'

export type IssueGroup = {
  code: ImportIssue['code']
  /** The column as the file heads it; null for a problem of the whole row. */
  column: string | null
  /** The first row's message, as an example of the group. */
  example: string
  /** How many problems the group holds. */
  count: number
  /** The first rows, in order. */
  rows: number[]
  /** How many rows the group's problems are on. */
  rowCount: number
}

/** Rows named in a group before "and N more". */
export const ROWS_SHOWN = 5

/** Problems grouped by code and column, the largest group first (ties: the earliest row). */
export function groupIssues(issues: readonly ImportIssue[]): IssueGroup[] {
  const groups = new Map<string, IssueGroup & { allRows: number[] }>()
  for (const issue of issues) {
    const key = `${issue.code}\u001f${issue.column ?? ''}`
    let group = groups.get(key)
    if (!group) {
      group = { code: issue.code, column: issue.column, example: issue.message, count: 0, rows: [], rowCount: 0, allRows: [] }
      groups.set(key, group)
    }
    group.count++
    group.allRows.push(issue.row)
  }
  return [...groups.values()]
    .map(({ allRows, ...group }) => {
      const rows = [...new Set(allRows)].sort((a, b) => a - b)
      return { ...group, rows: rows.slice(0, ROWS_SHOWN), rowCount: rows.length }
    })
    .sort((a, b) => b.count - a.count || (a.rows[0] ?? 0) - (b.rows[0] ?? 0))
}
