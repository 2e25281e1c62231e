import { z } from 'zod'
import { IMPORT_FILE_KINDS } from '../import/import-columns.ts'

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
  'MIXED_AWARD_FORMAT',
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
  'CELL_ERROR',
  'CELL_WITHOUT_HEADER',
  'LEVEL_HAS_PUBLISHED_RESULTS',
  'YEAR_DIFFERS',
  'RANK_SIZE_DIFFERS',
  'COLUMN_YEAR_DIFFERS',
  // warnings
  'INDEX_MISMATCH',
  'PUBLISHED_CHANGED',
  'SCHEME_TOTAL',
  'CRITERIA_TOTAL',
  'TOO_MANY_ERRORS',
  'TITLE_ROWS_SKIPPED',
  'YEAR_FROM_TITLE',
  'YEAR_FROM_HEADER',
  'SECTION_ROW',
  'SECTION_NOT_PLACED',
  'SUMMARY_ROW_SKIPPED',
  'RANKS_PAST_ROWS',
  'RANKED_FEWER_THAN_LISTED',
  'COLUMN_OF_OTHER_YEAR_SKIPPED',
  'COMPARISON_COLUMN_SKIPPED',
  'PART_COLUMN_SKIPPED',
  'HEADER_REPEATED_SKIPPED',
  'NOTE_COLUMN_SKIPPED',
  'UNIT_NAMED_WITHOUT_TITLE',
  'AWARD_FROM_TITLE',
  'REASON_FROM_TITLE',
  'RECIPIENT_SECTION',
  'DECISION_FROM_TITLE',
  'DECISION_TITLE_AMBIGUOUS',
  'AWARD_DECISION_FROM_TITLE',
  'OTHER_SHEETS_SKIPPED',
  'COHORT_BLOCK_KEPT',
  'COHORT_BLOCK_AS_STORED',
] as const
export type ImportIssueCode = (typeof IMPORT_ISSUE_CODES)[number]

/** One problem in a file: `row` is the spreadsheet row (header = 1), `column` the header as written. */
export const ImportIssueSchema = z.object({
  row: z.number().int(),
  column: z.string().nullable(),
  /** The row's unit as the file writes it (its code, else its name), when it gives one. */
  unit: z.string().optional(),
  code: z.enum(IMPORT_ISSUE_CODES),
  message: z.string(),
  details: z.unknown().optional(),
})
export type ImportIssue = z.infer<typeof ImportIssueSchema>

export const ImportPreviewRowSchema = z.object({
  row: z.number().int(),
  action: z.enum(['insert', 'update', 'unchanged']),
  key: z.string(),
  /** The unit the row writes, by code and name (results, tasks, awards). */
  unit: z.object({ code: z.string(), name: z.string() }).optional(),
  year: z.number().int().optional(),
  /**
   * The row's main values as they will be stored, by column (PREVIEW_VALUES of its kind: an
   * assessment's points, maximum, index, grade and published rank and grade); null where none.
   */
  values: z.record(z.string(), z.union([z.string(), z.number(), z.null()])).optional(),
  /** Changed columns: before and after values. */
  changes: z.record(z.string(), z.object({ before: z.unknown(), after: z.unknown() })).optional(),
})
export type ImportPreviewRow = z.infer<typeof ImportPreviewRowSchema>

/** What a file held and what became of it: the fields the 200 answer and the 422 body share. */
export const ImportReportSchema = z.object({
  kind: z.enum(IMPORT_FILE_KINDS),
  rows: z.number().int(),
  inserted: z.number().int(),
  updated: z.number().int(),
  errors: z.array(ImportIssueSchema),
  warnings: z.array(ImportIssueSchema),
})
export type ImportReport = z.infer<typeof ImportReportSchema>

/** Answer of POST /api/imports (200). */
export const ImportResultSchema = ImportReportSchema.extend({
  dryRun: z.boolean(),
  unchanged: z.number().int(),
  /** null for a dry run. */
  batchId: z.string().nullable().describe('null for a dry run'),
  /** The first rows' actions (capped; the counts above are complete). */
  preview: z.array(ImportPreviewRowSchema),
})
export type ImportResult = z.infer<typeof ImportResultSchema>

/**
 * The 422 of POST /api/imports: the one error envelope (ADR 002) with IMPORT_INVALID, and the
 * report beside it (every row error; nothing was written).
 */
export const ImportRejectionSchema = ImportReportSchema.extend({
  error: z.object({ code: z.literal('IMPORT_INVALID'), message: z.string() }),
})
export type ImportRejection = z.infer<typeof ImportRejectionSchema>

const laterAt = z.string().describe('ISO time of the later change')

/**
 * What keeps an applied import from being undone: the later changes to the rows it wrote, by
 * cause, each with how many of its rows it touched (the rule undo refuses by, ADR 069).
 */
export const UndoBlockersSchema = z.object({
  /** Cohort-years published since; undo stays refused after a return to draft (ADR 006). */
  publications: z.array(
    z.object({
      parent: z.object({ code: z.string(), name: z.string() }).nullable(),
      kind: z.string().nullable(),
      /** The published block ('' the level's default cohort). */
      block: z.string(),
      year: z.number().int(),
      decisionNo: z.string().nullable(),
      decisionDate: z.string().nullable(),
      /** False when the year has been returned to draft since. */
      inForce: z.boolean(),
      rows: z.number().int(),
    }),
  ),
  /** Later imports, which can be undone first. */
  imports: z.array(
    z.object({
      batchId: z.string(),
      fileName: z.string().nullable(),
      at: laterAt,
      rows: z.number().int(),
      /** Its rows rest on units this import added (results of them, say), rather than changed. */
      rests: z.boolean(),
    }),
  ),
  /** Writes outside imports and publications (a scheme edit's regrading). */
  edits: z.array(z.object({ actor: z.string().nullable(), at: laterAt, rows: z.number().int() })),
  /** Rows the log names no cause for. */
  unnamed: z.number().int(),
})
export type UndoBlockers = z.infer<typeof UndoBlockersSchema>

export const ImportBatchSchema = z.object({
  id: z.string(),
  kind: z.string(),
  fileName: z.string().nullable(),
  status: z.enum(['APPLIED', 'UNDONE']),
  rows: z.number().int(),
  inserted: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  undoneBy: z.string().nullable(),
  undoneAt: z.string().nullable(),
})
export type ImportBatch = z.infer<typeof ImportBatchSchema>

/**
 * Whether an applied import can be undone, and why not (null: it can). Asked apart from the
 * history (GET /api/imports/undo-status): finding it reads every later change to what each import
 * wrote, seconds at a national scale, while the history itself is one indexed read.
 */
export const ImportUndoStatusSchema = z.object({
  id: z.string(),
  undoBlockedBy: UndoBlockersSchema.nullable(),
})
export type ImportUndoStatus = z.infer<typeof ImportUndoStatusSchema>
export const ImportUndoStatusListSchema = z.object({ items: z.array(ImportUndoStatusSchema) })

export const ImportBatchListSchema = z.object({ items: z.array(ImportBatchSchema) })
export type ImportBatchList = z.infer<typeof ImportBatchListSchema>

export const ImportUndoResultSchema = z.object({
  batchId: z.string(),
  restored: z.number().int(),
  deleted: z.number().int(),
})
export type ImportUndoResult = z.infer<typeof ImportUndoResultSchema>
