import { writeFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { sql, type Kysely, type Transaction } from 'kysely'
import { dialectOf, type DialectName } from '#server/db/create-db.ts'
import type { Database } from '#server/db/schema.ts'
import {
  ARCHIVE_FORMAT,
  ARCHIVE_VERSION,
  type Archive,
  type ArchiveTable,
  type Cell,
} from './archive-format.ts'
import {
  ARCHIVE_TABLES,
  assertTablesKnown,
  listColumns,
  MIGRATION_TABLE,
  type ArchiveTableSpec,
} from './archive-tables.ts'
import { normaliseCell, sortRows, tableChecksum } from './checksum.ts'

type Db = Kysely<Database> | Transaction<Database>

/** One table's rows (sorted by primary key), columns, count and checksum. */
export async function readTable(
  db: Db,
  dialect: DialectName,
  spec: ArchiveTableSpec,
): Promise<ArchiveTable> {
  const columns = await listColumns(db, dialect, spec.name)
  const result = await sql<
    Record<string, unknown>
  >`select ${sql.join(columns.map((c) => sql.ref(c)))}
    from ${sql.table(spec.name)}`.execute(db)
  const rows: Cell[][] = result.rows.map((row) =>
    columns.map((column) => normaliseCell(row[column], `${spec.name}.${column}`)),
  )
  const sorted = sortRows(rows, columns, spec.primaryKey)
  return {
    name: spec.name,
    columns,
    primaryKey: [...spec.primaryKey],
    rowCount: sorted.length,
    checksum: tableChecksum(columns, spec.primaryKey, sorted),
    rows: sorted,
  }
}

/** Reads every table inside one transaction, so the archive is a consistent snapshot. */
export async function exportArchive(db: Kysely<Database>): Promise<Archive> {
  const dialect = dialectOf(db)
  return db.transaction().execute(async (trx) => {
    await assertTablesKnown(trx, dialect)
    const tables: ArchiveTable[] = []
    for (const spec of ARCHIVE_TABLES) tables.push(await readTable(trx, dialect, spec))
    const migrationTable = tables.find((t) => t.name === MIGRATION_TABLE)
    const nameIndex = migrationTable?.columns.indexOf('name') ?? -1
    const migrations = (migrationTable?.rows ?? []).map((row) => String(row[nameIndex])).sort()
    return {
      format: ARCHIVE_FORMAT,
      version: ARCHIVE_VERSION,
      createdAt: new Date().toISOString(),
      sourceDialect: dialect,
      migrations,
      tables,
    }
  })
}

export function encodeArchive(archive: Archive): Buffer {
  return gzipSync(JSON.stringify(archive))
}

export function writeArchive(file: string, archive: Archive): void {
  writeFileSync(file, encodeArchive(archive))
}
