// Multi-row inserts written as SQL text rather than through the query builder, for every bulk
// writer (imports, the rank refresh): for tens of thousands of rows, building and compiling the
// query tree costs more than running it.
import { CompiledQuery, type Kysely, type Transaction } from 'kysely'
import {
  PG_MAX_PARAMS,
  PG_ROWS_PER_STATEMENT,
  pgColumnType,
  SQLITE_MAX_PARAMS,
  SQLITE_ROWS_PER_STATEMENT,
} from './bulk-limits.ts'
import { dialectOf } from './create-db.ts'
import type { Database } from './schema.ts'

type Executor = Kysely<Database> | Transaction<Database>

/** `rows` in slices of at most `size` (server/lib's chunk, kept here: db depends on no layer). */
function* slices<T>(rows: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size)
}

/** A row to write: column name → value (a missing column is written as null). */
export type BulkRow = Record<string, unknown>

export const quote = (name: string) => `"${name}"`

/**
 * A multi-row insert of `columns` from `rows`, then `suffix` (an ON CONFLICT clause). SQLite
 * binds every value (chunks as large as its parameter limit: fewer statements to prepare);
 * PostgreSQL gets one array per column and `unnest`s them, so a chunk is one short statement
 * with a handful of parameters instead of a 65,535-parameter text. Table and column names come
 * from code, never from a file.
 */
export async function bulkInsert(
  trx: Executor,
  table: string,
  columns: string[],
  rows: BulkRow[],
  suffix = '',
) {
  const names = columns.map(quote).join(', ')
  const postgres = dialectOf(trx) === 'postgres'
  // Audit images are long JSON texts: an array literal would escape every quote in them.
  if (postgres && table !== 'audit_log') {
    const arrays = columns.map((c, i) => `$${i + 1}::${pgColumnType(c)}[]`).join(', ')
    const text = `insert into ${quote(table)} (${names}) select * from unnest(${arrays})${suffix}`
    for (const part of slices(rows, PG_ROWS_PER_STATEMENT)) {
      const params = columns.map((c) => part.map((row) => row[c] ?? null))
      await trx.executeQuery(CompiledQuery.raw(text, params))
    }
    return
  }
  const head = `insert into ${quote(table)} (${names}) values `
  if (!postgres) return sqliteInsert(trx, head, columns, rows, suffix)
  for (const part of slices(rows, Math.floor(PG_MAX_PARAMS / columns.length))) {
    const tuples = part.map((_, i) => placeholders(i * columns.length, columns.length))
    const params = rowParams(part, 0, part.length, columns)
    await trx.executeQuery(CompiledQuery.raw(`${head}${tuples.join(', ')}${suffix}`, params))
  }
}

/** The values of `count` rows from `start`, row after row, in `columns` order (missing: null). */
function rowParams(rows: BulkRow[], start: number, count: number, columns: string[]): unknown[] {
  const params: unknown[] = new Array(count * columns.length)
  let n = 0
  for (let i = start; i < start + count; i++) {
    const row = rows[i] as BulkRow
    for (const c of columns) params[n++] = row[c] ?? null
  }
  return params
}

/**
 * SQLite: statements of a fixed number of rows, so every full chunk has the same text and the
 * connection compiles it once (create-db.ts keeps compiled statements); the last rows go one
 * statement each, again one text, rather than a text of their own that would be compiled once
 * and thrown away.
 */
async function sqliteInsert(
  trx: Executor,
  head: string,
  columns: string[],
  rows: BulkRow[],
  suffix: string,
) {
  const tuple = `(${columns.map(() => '?').join(', ')})`
  const size = Math.min(SQLITE_ROWS_PER_STATEMENT, Math.floor(SQLITE_MAX_PARAMS / columns.length))
  const full = rows.length - (rows.length % size)
  const many = `${head}${new Array<string>(size).fill(tuple).join(', ')}${suffix}`
  const one = `${head}${tuple}${suffix}`
  for (let start = 0; start < rows.length;) {
    const count = start < full ? size : 1
    const params = rowParams(rows, start, count, columns)
    await trx.executeQuery(CompiledQuery.raw(count === 1 ? one : many, params))
    start += count
  }
}

/** `($from+1, …, $from+count)` */
function placeholders(from: number, count: number): string {
  let text = `($${from + 1}`
  for (let i = 2; i <= count; i++) text += `, $${from + i}`
  return `${text})`
}
