import { readFileSync } from 'node:fs'
import { gunzipSync } from 'node:zlib'
import { sql, type Kysely, type Transaction } from 'kysely'
import { dialectOf } from '#server/db/create-db.ts'
import type { Database } from '#server/db/schema.ts'
import { archiveSchema, type Archive, type ArchiveTable, type Cell } from './archive-format.ts'
import {
  ARCHIVE_TABLES,
  assertTablesKnown,
  listColumns,
  MIGRATION_TABLE,
  type ArchiveTableSpec,
} from './archive-tables.ts'
import { RANK_SCOPES, refreshCohortRanks } from '#server/cohorts/refresh-cohort-ranks.ts'
import { controlCharacterAt, describeCharacter } from '#shared/schemas/text.schema.ts'
import { tableChecksum } from './checksum.ts'
import { readTable } from './export-archive.ts'
import { inWriteTransaction } from '#server/db/write-transaction.ts'

/** Bound parameters per INSERT: well under SQLite's 32766 and PostgreSQL's 65535. */
const MAX_PARAMETERS = 5000

export type RestoreSummary = { tables: { name: string; rows: number }[]; totalRows: number }

export function decodeArchive(data: Buffer): Archive {
  let json: unknown
  try {
    json = JSON.parse(gunzipSync(data).toString('utf8'))
  } catch (error) {
    throw new Error(
      `Not a readable archive (gzip-compressed JSON expected): ${(error as Error).message}`,
    )
  }
  const parsed = archiveSchema.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new Error(
      `Not a PAR Dashboard archive: ${issue?.path.join('.') || 'document'} ${issue?.message ?? ''}`.trim(),
    )
  }
  for (const table of parsed.data.tables) {
    if (table.rows.length !== table.rowCount) {
      throw new Error(
        `Archive damaged: ${table.name} holds ${table.rows.length} rows, header says ${table.rowCount}`,
      )
    }
    if (tableChecksum(table.columns, table.primaryKey, table.rows) !== table.checksum) {
      throw new Error(`Archive damaged: checksum of ${table.name} does not match its rows`)
    }
  }
  return parsed.data
}

export function readArchive(file: string): Archive {
  return decodeArchive(readFileSync(file))
}

/** Parents before children when a table references itself (unit.parent_code → unit.code). */
function parentsFirst(table: ArchiveTable, spec: ArchiveTableSpec): Cell[][] {
  if (!spec.selfReference) return table.rows
  const child = table.columns.indexOf(spec.selfReference.column)
  const parent = table.columns.indexOf(spec.selfReference.references)
  const byKey = new Map(table.rows.map((row) => [row[parent], row]))
  const done = new Set<Cell[]>()
  const ordered: Cell[][] = []
  const visit = (row: Cell[], depth: number) => {
    if (done.has(row) || depth > table.rows.length) return
    const up = row[child] === null ? undefined : byKey.get(row[child] ?? null)
    if (up && up !== row) visit(up, depth + 1)
    done.add(row)
    ordered.push(row)
  }
  for (const row of table.rows) visit(row, 0)
  return ordered
}

async function insertRows(
  trx: Transaction<Database>,
  table: ArchiveTable,
  rows: Cell[][],
): Promise<void> {
  const chunk = Math.max(1, Math.floor(MAX_PARAMETERS / table.columns.length))
  const columns = sql.join(table.columns.map((c) => sql.ref(c)))
  for (let start = 0; start < rows.length; start += chunk) {
    const values = rows.slice(start, start + chunk).map((row) => sql`(${sql.join(row)})`)
    await sql`insert into ${sql.table(table.name)} (${columns}) values ${sql.join(values)}`.execute(
      trx,
    )
  }
}

async function assertRestorable(db: Kysely<Database>, archive: Archive): Promise<void> {
  const dialect = dialectOf(db)
  await assertTablesKnown(db, dialect)
  const applied = await sql<{
    name: string
  }>`select name from ${sql.table(MIGRATION_TABLE)}`.execute(db)
  const target = applied.rows.map((r) => r.name).sort()
  if (target.join('\n') !== archive.migrations.join('\n')) {
    throw new Error(
      `Migrations differ: archive has [${archive.migrations.join(', ')}], database has [${target.join(', ')}]`,
    )
  }
  const nonEmpty: string[] = []
  for (const spec of ARCHIVE_TABLES) {
    if (spec.name === MIGRATION_TABLE) continue
    const row = await sql<{ n: number }>`select count(*) as n from ${sql.table(spec.name)}`.execute(
      db,
    )
    if (Number(row.rows[0]?.n ?? 0) > 0) nonEmpty.push(spec.name)
  }
  if (nonEmpty.length > 0) {
    throw new Error(
      `The target database is not empty (rows in ${nonEmpty.join(', ')}): restore only into an empty database`,
    )
  }
  for (const spec of ARCHIVE_TABLES) {
    const table = archive.tables.find((t) => t.name === spec.name)
    if (!table) throw new Error(`The archive has no table ${spec.name}`)
    const columns = await listColumns(db, dialect, spec.name)
    if ([...columns].sort().join() !== [...table.columns].sort().join()) {
      throw new Error(
        `Columns of ${spec.name} differ: archive [${table.columns.join(', ')}], database [${columns.join(', ')}]`,
      )
    }
  }
}

/**
 * Text no input accepts any more (shared/schemas/text.schema.ts) may sit in a database written
 * before the rule: U+0000, which SQLite stores and PostgreSQL refuses. Refused before anything
 * is written, naming table, row key and column, so the source can be cleaned and exported again.
 */
export function assertCleanText(archive: Archive): void {
  for (const table of archive.tables) {
    const keyIndexes = table.primaryKey.map((k) => table.columns.indexOf(k))
    for (const row of table.rows) {
      for (let i = 0; i < row.length; i++) {
        const cell = row[i]
        if (typeof cell !== 'string') continue
        const at = controlCharacterAt(cell)
        if (at === -1) continue
        const key = keyIndexes.map((k) => String(row[k] ?? '').slice(0, 80)).join(', ')
        throw new Error(
          `The archive holds a control character (${describeCharacter(cell, at)}) in ${table.name}, row ${key || '?'}, column ${table.columns[i] ?? `#${i + 1}`}: ` +
            'remove it in the source database and export again (nothing was restored)',
        )
      }
    }
  }
}

/**
 * Loads an archive into an empty, migrated database in one transaction, then re-reads every
 * table and compares counts and checksums; any difference rolls everything back.
 */
export async function restoreArchive(
  db: Kysely<Database>,
  archive: Archive,
): Promise<RestoreSummary> {
  assertCleanText(archive)
  await assertRestorable(db, archive)
  const dialect = dialectOf(db)
  return inWriteTransaction(db, async (trx) => {
    const summary: RestoreSummary = { tables: [], totalRows: 0 }
    for (const spec of ARCHIVE_TABLES) {
      const table = archive.tables.find((t) => t.name === spec.name)!
      // The migrator's own rows are replaced so their original timestamps survive the trip.
      if (spec.name === MIGRATION_TABLE)
        await sql`delete from ${sql.table(MIGRATION_TABLE)}`.execute(trx)
      await insertRows(trx, table, parentsFirst(table, spec))
      const check = await readTable(trx, dialect, spec)
      if (check.rowCount !== table.rowCount || check.checksum !== table.checksum) {
        throw new Error(
          `Verification failed for ${spec.name}: ${check.rowCount} rows (expected ${table.rowCount}), checksum ${check.checksum === table.checksum ? 'equal' : 'different'}`,
        )
      }
      summary.tables.push({ name: spec.name, rows: table.rowCount })
      summary.totalRows += table.rowCount
    }
    // Stored ranks are derived data: archives leave them out and a restore rebuilds them.
    await refreshCohortRanks(trx, { parents: 'all', scopes: RANK_SCOPES })
    return summary
  })
}
