// The import pipeline: read → map headers → validate every row → plan → write in one
// transaction (or, for a dry run, stop after planning). Any error: 422, nothing written.
import { createHash, randomUUID } from 'node:crypto'
import { sql, type Kysely, type Transaction } from 'kysely'
import { dialectOf } from '#server/db/create-db.ts'
import type { Database } from '#server/db/schema.ts'
import type { SessionUser } from '#server/lib/app-env.ts'
import { AppError, ImportRejectedError } from '#server/lib/errors.ts'
import { logger } from '#server/log/logger.ts'
import type { ImportReport, ImportResult } from '#shared/dto/import.ts'
import type { ImportFileKind } from '#shared/import/import-columns.ts'
import type { Lang } from '#shared/schemas/imports.schema.ts'
import { ChangeSet, type Change } from '#server/write-path/change-set.ts'
import { importAssessments } from './import-assessments.ts'
import { importAwards } from './import-awards.ts'
import type { KindHandler } from './import-kind.ts'
import { ImportIssues } from './import-issues.ts'
import { invalidFileMessage } from './import-messages.ts'
import { importLineage } from './import-lineage.ts'
import { importSchemes } from './import-schemes.ts'
import { mapSheet } from './import-sheet.ts'
import { importTasks } from './import-tasks.ts'
import { importUnits } from './import-units.ts'
import { readTable, UnreadableFileError, type Table } from './read-table.ts'
import { unitDirectoryFor } from '#server/write-path/unit-directory.ts'
import { nowIso, writeChanges } from '#server/write-path/write-changes.ts'
import { bumpDataVersion } from '#server/lib/data-version.ts'
import {
  rankRefreshFor,
  refreshCohortRanks,
  refreshesNothing,
} from '#server/cohorts/refresh-cohort-ranks.ts'
import { storeActivityOfWrite } from '#server/cohorts/store-cohort-activity.ts'
import { inWriteTransaction } from '#server/db/write-transaction.ts'

const HANDLERS: Record<ImportFileKind, KindHandler> = {
  units: importUnits,
  lineage: importLineage,
  schemes: importSchemes,
  assessments: importAssessments,
  tasks: importTasks,
  awards: importAwards,
}

export type ImportInput = {
  kind: ImportFileKind
  bytes: Uint8Array
  fileName?: string
  contentType?: string
  dryRun: boolean
  parentCode?: string
  /** The year of rows that give none (a file without a year column, an empty cell). */
  year?: number
  lang: Lang
  actor: SessionUser | null
}

export async function runImport(db: Kysely<Database>, input: ImportInput): Promise<ImportResult> {
  const issues = new ImportIssues(input.lang)
  const table = await readOrReport(input.bytes, issues)
  const sheet = table ? mapSheet(input.kind, table, issues, { year: input.year }) : null
  // The data rows under the header: not the title lines or the header's second row.
  const rows = sheet ? sheet.rows.length + sheet.shiftedRows : (table?.rows.length ?? 0)
  if (!sheet) throw rejection(input, rows, issues)
  const set = new ChangeSet()
  const now = nowIso()
  const batchId = await inTransaction(db, async (trx) => {
    const units = await unitDirectoryFor(db, trx)
    const ctx = { db: trx, units, parentCode: input.parentCode, issues, set, now }
    const extra = await HANDLERS[input.kind](sheet, ctx)
    if (issues.errorCount > 0 || input.dryRun || set.changes.length === 0) return null
    const id = randomUUID()
    await trx
      .insertInto('import_batch')
      .values({
        id,
        kind: input.kind,
        file_name: input.fileName ?? null,
        content_hash: createHash('sha256').update(input.bytes).digest('hex'),
        status: 'APPLIED',
        row_count: rows,
        inserted: set.inserted,
        updated: set.updated,
        unchanged: set.unchanged,
        created_by: input.actor?.email ?? null,
        created_at: now,
      })
      .execute()
    const meta = { batchId: id, at: now, actor: input.actor }
    await writeChanges(trx, set.changes, meta)
    if (extra) await extra(trx, meta)
    const refresh = await rankRefreshFor(trx, set.changes)
    await refreshCohortRanks(trx, refresh)
    await storeActivityOfWrite(trx, set.changes, !refreshesNothing(refresh))
    await bumpDataVersion(trx)
    return id
  })
  if (issues.errorCount > 0) throw rejection(input, rows, issues)
  if (batchId && set.inserted + set.updated >= ANALYZE_AFTER_ROWS)
    await refreshStatistics(db, writtenTables(set.changes))
  return {
    kind: input.kind,
    dryRun: input.dryRun,
    rows,
    inserted: set.inserted,
    updated: set.updated,
    unchanged: set.unchanged,
    errors: [],
    warnings: issues.warnings,
    batchId,
    preview: set.preview,
  }
}

/** A write this large can change the best query plans (e.g. a first national load). */
const ANALYZE_AFTER_ROWS = 5000

/** Tables whose statistics an import can move; the stored ranks follow the assessments. */
const ANALYZED: Record<string, readonly string[]> = {
  unit: ['unit', 'cohort_rank', 'cohort_year'],
  assessment: ['assessment', 'cohort_rank', 'cohort_year'],
  task_result: ['task_result'],
  award_grant: ['award_grant'],
}

/** The tables of ANALYZED an import wrote to. */
function writtenTables(changes: Change[]): string[] {
  const out = new Set<string>()
  const add = (entity: string) => {
    for (const table of ANALYZED[entity] ?? []) out.add(table)
  }
  for (const c of changes) {
    add(c.entity)
    if (c.writes) for (const w of c.writes) add(w.entity)
  }
  return [...out]
}

/**
 * Refreshes the planner's statistics after a large import. Without them PostgreSQL planned a
 * nested loop for a 10,600-unit cohort straight after loading it, and SQLite's per-cohort task
 * and award reads were 40× slower. Only the tables the import wrote: the others' statistics
 * still hold (a whole-database ANALYZE after each file was 7 % of a national load on SQLite).
 * Runs after the commit; a failure only costs speed.
 */
async function refreshStatistics(db: Kysely<Database>, tables: string[]): Promise<void> {
  if (tables.length === 0) return
  try {
    if (dialectOf(db) === 'sqlite') {
      await sql`pragma analysis_limit = 1000`.execute(db)
      for (const table of tables) await sql`analyze ${sql.id(table)}`.execute(db)
    } else {
      // Named tables: a bare ANALYZE would visit every schema of the database.
      await sql`analyze ${sql.join(tables.map((t) => sql.id(t)))}`.execute(db)
    }
  } catch (error) {
    logger.warn('analyze after import failed', { error })
  }
}

/**
 * The plan inserts rows it found absent; a row another import added meanwhile (PostgreSQL runs
 * imports concurrently) makes the insert fail rather than overwrite it unaudited: 409, retry.
 */
async function inTransaction<T>(
  db: Kysely<Database>,
  work: (trx: Transaction<Database>) => Promise<T>,
): Promise<T> {
  try {
    return await inWriteTransaction(db, work)
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code
    if (
      code === '23505' ||
      code === 'SQLITE_CONSTRAINT_PRIMARYKEY' ||
      code === 'SQLITE_CONSTRAINT_UNIQUE'
    )
      throw new AppError(
        409,
        'CONFLICT',
        'Another import changed the same rows meanwhile; try again',
      )
    throw error
  }
}

async function readOrReport(bytes: Uint8Array, issues: ImportIssues): Promise<Table | null> {
  try {
    const table = await readTable(bytes)
    // A workbook of several tabs is read by its first: the others named, so a table kept on
    // another tab (behind a summary or a cover sheet) is not taken for a file without it.
    const [read, ...others] = table.sheets ?? []
    if (read !== undefined && others.length > 0)
      issues.warn(1, null, 'OTHER_SHEETS_SKIPPED', {
        sheet: read,
        others: others.map((o) => `“${o}”`).join(', '),
        count: others.length + 1,
      })
    return table
  } catch (error) {
    if (!(error instanceof UnreadableFileError)) throw error
    issues.error(1, null, error.code)
    return null
  }
}

function rejection(input: ImportInput, rows: number, issues: ImportIssues): ImportRejectedError {
  const body: ImportReport = {
    kind: input.kind,
    rows,
    inserted: 0,
    updated: 0,
    errors: issues.errors,
    warnings: issues.warnings,
  }
  return new ImportRejectedError(invalidFileMessage(issues.errorCount, input.lang), body)
}
