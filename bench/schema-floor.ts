// The floor of an import into the product's schema on this machine and engine, in the same run:
// the rows the import left in the data tables it writes (units, placements, lineage, schemes,
// assessments, task results, grants), copied by the bare driver into a fresh database migrated to
// the product's schema — its keys, indexes and foreign keys — with no parsing, validation, plan,
// derived rows or audit. The bare bulk insert (bare-insert.ts) writes the CSV lines into plain
// tables without an index; set beside it, this floor says what the schema itself costs, and the
// import ÷ this floor what the import's code adds (ADR 017). Its rows/s counts the dataset's rows
// (as the import's and the bare insert's do) over the floor's time, so the three compare.
import SQLite from 'better-sqlite3'
import pg from 'pg'
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import type { Dataset } from './dataset.ts'
import { type BenchDb, freshPostgres, freshSqlite } from './load.ts'
import type { BareInsertFigures } from './bare-insert.ts'

/** The data tables an import writes, in an order their foreign keys accept. */
export const IMPORTED_TABLES = [
  'unit',
  'unit_placement',
  'unit_lineage',
  'scheme',
  'scheme_field',
  'scheme_grade_band',
  'scheme_criterion',
  'assessment',
  'task_result',
  'award_grant',
] as const

/**
 * Every table an import leaves rows in: its data tables, the stores the reads stand on (ranks,
 * cohort-years, field statistics, activity, task totals, award digests) and its own record and
 * audit. Copied by the bare driver, they are the floor of writing everything the import writes:
 * the import ÷ this floor is the share its code (reading, checking, planning, deriving) leaves.
 */
export const WRITTEN_TABLES = [
  'import_batch',
  ...IMPORTED_TABLES,
  'cohort_year',
  'cohort_rank',
  'cohort_field_stat',
  'cohort_activity',
  'cohort_task_year',
  'cohort_award_year',
  'cohort_award_line',
  'cohort_award_decision',
  'audit_log',
] as const

/** Rows per transaction: the import commits one file at a time, a file of at most this many. */
const ROWS_PER_TRANSACTION = 20_000

export type SchemaFloorFigures = BareInsertFigures & {
  /** Rows copied (the tables' rows, not the dataset's lines). */
  tableRows: number
}

const quoted = (names: readonly string[]) => names.map((n) => `"${n}"`).join(', ')

function figures(dataset: Dataset, tableRows: number, ms: number): SchemaFloorFigures {
  const seconds = ms / 1000
  return { rows: dataset.rows, tableRows, seconds, rowsPerSecond: dataset.rows / seconds }
}

/**
 * What the floor keeps of the schema: all of it (`schema`), or the tables with their keys alone
 * (`keys-only`: primary keys and unique constraints, which say what a row is; every other index
 * dropped, foreign keys not enforced) — the least any keyed store of the same rows costs,
 * whatever indexes its reads would add.
 */
export type FloorSchema = 'schema' | 'keys-only'

/** SQLite: the rows of `tables` in `source` (a file) into a fresh database in `workDir`. */
export async function schemaFloorSqlite(
  source: string,
  workDir: string,
  dataset: Dataset,
  tables: readonly string[] = IMPORTED_TABLES,
  keep: FloorSchema = 'schema',
): Promise<SchemaFloorFigures> {
  // Migrated through the product's own path, then written by a bare connection.
  const migrated = await freshSqlite(workDir, 'schema-floor')
  await migrated.db.destroy()
  const filename = join(workDir, 'schema-floor.sqlite')
  const from = new SQLite(source, { readonly: true })
  const to = new SQLite(filename)
  try {
    // As the product opens it (server/db/create-db.ts), foreign keys enforced.
    to.pragma('journal_mode = WAL')
    to.pragma('synchronous = NORMAL')
    to.pragma(`foreign_keys = ${keep === 'schema' ? 'ON' : 'OFF'}`)
    to.pragma('cache_size = -65536')
    if (keep === 'keys-only') dropSecondaryIndexes(to, tables)
    let tableRows = 0
    let ms = 0
    for (const table of tables) {
      const columns = (
        from.prepare(`select name from pragma_table_info(?)`).all(table) as { name: string }[]
      ).map((c) => c.name)
      const rows = from
        .prepare(`select ${quoted(columns)} from "${table}"`)
        .raw()
        .all()
      const insert = to.prepare(
        `insert into "${table}" (${quoted(columns)}) values (${columns.map(() => '?').join(', ')})`,
      )
      const write = to.transaction((part: unknown[][]) => {
        for (const row of part) insert.run(...row)
      })
      const start = performance.now()
      for (let at = 0; at < rows.length; at += ROWS_PER_TRANSACTION)
        write(rows.slice(at, at + ROWS_PER_TRANSACTION) as unknown[][])
      ms += performance.now() - start
      tableRows += rows.length
    }
    return figures(dataset, tableRows, ms)
  } finally {
    from.close()
    to.close()
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${filename}${suffix}`, { force: true })
  }
}

/** Every index of `tables` made by `create index` (those of keys and unique constraints stay). */
export function dropSecondaryIndexes(db: SQLite.Database, tables: readonly string[]): void {
  const indexes = db
    .prepare(
      `select i.name from sqlite_master m, pragma_index_list(m.name) i
       where m.type = 'table' and m.name in (${tables.map(() => '?').join(', ')}) and i.origin = 'c'`,
    )
    .all(...tables) as { name: string }[]
  for (const { name } of indexes) db.exec(`drop index "${name}"`)
}

/** PostgreSQL: the rows of `tables` in `source` into a fresh database, multi-row INSERTs. */
export async function schemaFloorPostgres(
  source: BenchDb,
  dataset: Dataset,
  tables: readonly string[] = IMPORTED_TABLES,
  keep: FloorSchema = 'schema',
): Promise<SchemaFloorFigures> {
  const target = await freshPostgres('schema-floor')
  const from = new pg.Client({ connectionString: source.url })
  const to = new pg.Client({ connectionString: target.url })
  const connected: pg.Client[] = []
  try {
    for (const client of [from, to]) {
      await client.connect()
      connected.push(client)
    }
    if (keep === 'keys-only') await dropSecondaryIndexesPostgres(to, tables)
    let tableRows = 0
    let ms = 0
    for (const table of tables) {
      const { rows: columnRows } = await from.query<{ name: string }>(
        `select column_name as name from information_schema.columns
         where table_schema = current_schema() and table_name = $1 order by ordinal_position`,
        [table],
      )
      const columns = columnRows.map((c) => c.name)
      const { rows } = await from.query({
        text: `select ${quoted(columns)} from "${table}"`,
        rowMode: 'array',
      })
      // As the bare insert writes PostgreSQL (bare-insert.ts): up to 60,000 parameters each.
      const perStatement = Math.max(1, Math.floor(60_000 / columns.length))
      const start = performance.now()
      for (let at = 0; at < rows.length; at += ROWS_PER_TRANSACTION) {
        const part = rows.slice(at, at + ROWS_PER_TRANSACTION) as unknown[][]
        await to.query('begin')
        for (let i = 0; i < part.length; i += perStatement) {
          const slice = part.slice(i, i + perStatement)
          const tuples = slice.map(
            (_, r) => `(${columns.map((_, c) => `$${r * columns.length + c + 1}`).join(', ')})`,
          )
          await to.query(
            `insert into "${table}" (${quoted(columns)}) values ${tuples.join(', ')}`,
            slice.flat(),
          )
        }
        await to.query('commit')
      }
      ms += performance.now() - start
      tableRows += rows.length
    }
    return figures(dataset, tableRows, ms)
  } finally {
    // The database is dropped whatever failed: a connection refused leaves none behind.
    for (const client of connected) await client.end()
    await target.drop()
  }
}

/** As dropSecondaryIndexes, on PostgreSQL: foreign keys dropped, indexes no constraint owns too. */
export async function dropSecondaryIndexesPostgres(db: pg.Client, tables: readonly string[]) {
  const { rows: foreignKeys } = await db.query<{ table: string; name: string }>(
    `select conrelid::regclass::text as table, conname as name from pg_constraint
     where contype = 'f' and conrelid::regclass::text = any($1)`,
    [tables],
  )
  for (const fk of foreignKeys)
    await db.query(`alter table ${fk.table} drop constraint "${fk.name}"`)
  const { rows: indexes } = await db.query<{ name: string }>(
    `select c.relname as name from pg_index i join pg_class c on c.oid = i.indexrelid
     where i.indrelid::regclass::text = any($1)
       and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid)`,
    [tables],
  )
  for (const { name } of indexes) await db.query(`drop index "${name}"`)
}
