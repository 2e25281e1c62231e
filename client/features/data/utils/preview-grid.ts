// Turns an import answer into the preview table: one line per spreadsheet row that has an
// action or a problem, one column per header that has a problem, so every error sits on its
// row and column as the user sees them in their spreadsheet.
import type { ImportIssue, ImportPreviewRow } from '#shared/dto/import.ts'

export type IssueLevel = 'error' | 'warning'

export type CellIssues = { level: IssueLevel; messages: string[] }

export type PreviewLine = {
  /** Spreadsheet row number (header = 1). */
  row: number
  key: string | null
  /** The unit the row writes (code and name), or as the file writes it on a row in error. */
  unit: { code: string; name: string | null } | null
  year: number | null
  values: ImportPreviewRow['values'] | null
  action: ImportPreviewRow['action'] | null
  changes: ImportPreviewRow['changes'] | null
  /** Problems by column header; '' holds problems of the whole row. */
  cells: Record<string, CellIssues>
  level: IssueLevel | null
}

export type PreviewGrid = {
  /** Headers that carry at least one problem, in order of first appearance. */
  issueColumns: string[]
  lines: PreviewLine[]
}

type Source = {
  errors: readonly ImportIssue[]
  warnings: readonly ImportIssue[]
  preview: readonly ImportPreviewRow[]
}

/** The column key of a row-wide problem. */
export const ROW_WIDE = ''

function worst(a: IssueLevel | null, b: IssueLevel): IssueLevel {
  return a === 'error' || b === 'error' ? 'error' : 'warning'
}

/** Builds the grid; lines are sorted by row, and only rows with something to say appear. */
export function toPreviewGrid({ errors, warnings, preview }: Source): PreviewGrid {
  const lines = new Map<number, PreviewLine>()
  const line = (row: number): PreviewLine => {
    let found = lines.get(row)
    if (!found) {
      found = {
        row,
        key: null,
        unit: null,
        year: null,
        values: null,
        action: null,
        changes: null,
        cells: {},
        level: null,
      }
      lines.set(row, found)
    }
    return found
  }
  for (const p of preview) {
    const l = line(p.row)
    l.key = p.key
    l.unit = p.unit ?? null
    l.year = p.year ?? null
    l.values = p.values ?? null
    l.action = p.action
    l.changes = p.changes ?? null
  }
  const issueColumns: string[] = []
  const add = (issue: ImportIssue, level: IssueLevel) => {
    const column = issue.column ?? ROW_WIDE
    if (column !== ROW_WIDE && !issueColumns.includes(column)) issueColumns.push(column)
    const l = line(issue.row)
    if (!l.unit && issue.unit) l.unit = { code: issue.unit, name: null }
    const cell = (l.cells[column] ??= { level, messages: [] })
    cell.level = worst(cell.level, level)
    cell.messages.push(issue.message)
    l.level = worst(l.level, level)
  }
  for (const issue of errors) add(issue, 'error')
  for (const issue of warnings) add(issue, 'warning')
  return { issueColumns, lines: [...lines.values()].sort((a, b) => a.row - b.row) }
}
