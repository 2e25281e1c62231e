import type { ImportFileKind } from '../import/import-columns.ts'

/** Machine codes of import problems (ASCII, stable; messages are translated). */
export const IMPORT_ISSUE_CODES = [
  'EMPTY_FILE',
  'UNSUPPORTED_FILE',
  'INVALID_ENCODING',
  'UNKNOWN_COLUMN',
  'DUPLICATE_COLUMN',
  'MISSING_COLUMN',
  'MISSING_VALUE',
  'INVALID_NUMBER',
  'INVALID_INTEGER',
  'INVALID_DATE',
  'INVALID_CODE',
  'INVALID_VALUE',
  'OUT_OF_RANGE',
  'YEAR_OUT_OF_RANGE',
  'FIELD_SUM_MISMATCH',
  'TASK_SUM_MISMATCH',
  'UNKNOWN_UNIT',
  'AMBIGUOUS_UNIT',
  'PARENT_REQUIRED',
  'UNIT_NOT_VALID_THAT_YEAR',
  'UNKNOWN_FIELD',
  'UNKNOWN_AWARD',
  'ISSUER_NOT_ALLOWED',
  'RECIPIENT_NOT_ALLOWED',
  'DUPLICATE_ROW',
  'INCONSISTENT_VALUE',
  'PARENT_CYCLE',
  'MIXED_TASK_FORMAT',
  'PLACEMENT_NEEDS_DATE',
  'PARENT_LEVEL',
  'DATE_OUTSIDE_VALIDITY',
  'NO_COUNTRY',
  'LINEAGE_LEVEL',
  'POINTS_OR_INDEX_REQUIRED',
  'COHORT_PARENT',
  'FIELD_PARTS_MISMATCH',
  'CONTROL_CHARACTER',
  'CELL_TOO_LONG',
  'TOO_MANY_ITEMS',
  // warnings
  'INDEX_MISMATCH',
  'PUBLISHED_CHANGED',
  'SCHEME_TOTAL',
  'CRITERIA_TOTAL',
  'TOO_MANY_ERRORS',
] as const
export type ImportIssueCode = (typeof IMPORT_ISSUE_CODES)[number]

/** One problem in a file: `row` is the spreadsheet row (header = 1), `column` the header as written. */
export type ImportIssue = {
  row: number
  column: string | null
  code: ImportIssueCode
  message: string
  details?: unknown
}

export type ImportPreviewRow = {
  row: number
  action: 'insert' | 'update' | 'unchanged'
  key: string
  /** Changed columns: before and after values. */
  changes?: Record<string, { before: unknown; after: unknown }>
}

/** Answer of POST /api/imports (200); the 422 body has the same fields plus `error`. */
export type ImportResult = {
  kind: ImportFileKind
  dryRun: boolean
  rows: number
  inserted: number
  updated: number
  unchanged: number
  errors: ImportIssue[]
  warnings: ImportIssue[]
  /** null for a dry run. */
  batchId: string | null
  /** The first rows' actions (capped; the counts above are complete). */
  preview: ImportPreviewRow[]
}

export type ImportBatch = {
  id: string
  kind: string
  fileName: string | null
  status: 'APPLIED' | 'UNDONE'
  rows: number
  inserted: number
  updated: number
  unchanged: number
  createdBy: string | null
  createdAt: string
  undoneBy: string | null
  undoneAt: string | null
}

export type ImportUndoResult = { batchId: string; restored: number; deleted: number }
