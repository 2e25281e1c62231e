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
import { pgArrayLiteral } from './pg-array-literal.ts'
import type { Database } from './schema.ts'

type Executor = Kysely<Database> | Transaction<Database>

/** `rows` in slices of at most `size` (server/lib's chunk, kept here: db depends on no layer). */
function* slices<T>(rows: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size)
}

/** A row to write: column name → value (a missing column is written as null). */
export type BulkRow = Record<string, unknown>

export const quote = (name: string) => `"${name}"`

/** A key column's value as inKeyOrder orders it (undefined reads as null). */
type KeyValue = string | number | null

/** Numbers as numbers, text in code-unit order, null first. */
function compareKeyValues(x: KeyValue, y: KeyValue): number {
  if (x === y) return 0
  if (x === null) return -1
  if (y === null) return 1
  return x < y ? -1 : 1
}

/**
 * `rows` sorted in place by the values of `key` (a table's primary key or an index a statement
 * finds them by): numbers as numbers, text in code-unit order, null first; rows with the same key
 * in the order given. Only the order in which rows reach the table: a b-tree takes rows in its own
 * order on the pages it has just written, while rows in a file's order land all over it. Written
 * in key order, the quick national dataset's 76,800 stored activity rows took 0.5–0.6 s of
 * SQLite's time instead of 0.8–1.4 s.
 *
 * The rows are grouped by the values of every key column but the last, and only the last is
 * sorted: the leading columns (a cohort, a year) hold a few values shared by thousands of rows,
 * and comparing whole keys compared those again at every step of the sort.
 */
export function inKeyOrder<Row extends BulkRow>(rows: Row[], key: readonly string[]): Row[] {
  const ordered: Row[] = []
  const place = (group: Row[], depth: number): void => {
    const column = key[depth]
    if (column === undefined || group.length < 2) {
      for (const row of group) ordered.push(row)
      return
    }
    const valueOf = (row: Row) => (row[column] ?? null) as KeyValue
    if (depth === key.length - 1) {
      group.sort((a, b) => compareKeyValues(valueOf(a), valueOf(b)))
      for (const row of group) ordered.push(row)
      return
    }
    const groups = new Map<KeyValue, Row[]>()
    for (const row of group) {
      const value = valueOf(row)
      const list = groups.get(value)
      if (list) list.push(row)
      else groups.set(value, [row])
    }
    if (groups.size === 1) return place(group, depth + 1)
    for (const value of [...groups.keys()].sort(compareKeyValues))
      place(groups.get(value) as Row[], depth + 1)
  }
  place(rows, 0)
  for (let i = 0; i < ordered.length; i++) rows[i] = ordered[i] as Row
  return rows
}

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
    const text = `insert into ${quote(table)} (${names}) select * from ${unnestOf(columns)}${suffix}`
    return runUnnested(trx, text, columns, rows)
  }
  const head = `insert into ${quote(table)} (${names}) values `
  if (!postgres) return sqliteInsert(trx, head, columns, rows, suffix)
  for (const part of slices(rows, Math.floor(PG_MAX_PARAMS / columns.length))) {
    const tuples = part.map((_, i) => placeholders(i * columns.length, columns.length))
    const params = rowParams(part, 0, part.length, columns)
    await trx.executeQuery(CompiledQuery.raw(`${head}${tuples.join(', ')}${suffix}`, params))
  }
}

/** `unnest($1::type[], …)` of `columns`: the rows of a PostgreSQL bulk statement, as a table. */
export function unnestOf(columns: readonly string[]): string {
  return `unnest(${columns.map((c, i) => `$${i + 1}::${pgColumnType(c)}[]`).join(', ')})`
}

/**
 * Runs a PostgreSQL statement reading `unnestOf(columns)` once per slice of `rows`, with one array
 * per column as its parameters.
 */
export async function runUnnested(
  trx: Executor,
  text: string,
  columns: readonly string[],
  rows: readonly BulkRow[],
): Promise<void> {
  for (const part of slices(rows, PG_ROWS_PER_STATEMENT)) {
    const params = columns.map((c) => {
      const values = part.map((row) => row[c] ?? null)
      return pgArrayLiteral(values) ?? values
    })
    await trx.executeQuery(CompiledQuery.raw(text, params))
  }
}

/** The values of `count` rows from `start`, row after row, in `columns` order (missing: null). */
function rowParams(
  rows: readonly BulkRow[],
  start: number,
  count: number,
  columns: readonly string[],
): unknown[] {
  const params: unknown[] = new Array(count * columns.length)
  let n = 0
  for (let i = start; i < start + count; i++) {
    const row = rows[i] as BulkRow
    for (const c of columns) params[n++] = row[c] ?? null
  }
  return params
}

/**
 * Rows per statement below the full size, for the rows left after the full chunks: each size is a
 * quarter of the one before, so at most three statements of each size follow the full ones.
 */
const SQLITE_REMAINDER_SIZES = [64, 16, 4, 1]

/**
 * SQLite: statements of a few fixed numbers of rows, so every chunk of a size has the same text
 * and the connection compiles it once (create-db.ts keeps compiled statements). The rows after
 * the full chunks go in ever smaller fixed sizes rather than one statement each: a rebuild of a
 * cohort's stored activity writes a few hundred rows at a time, and one statement per leftover
 * row ran 72,598 statements for its 153,688 rows in the benchmark's import (2,446 now). Written
 * in batches of 200–500, 105,000 rows of 18 columns took 600–680 ms that way, 425–460 ms so.
 */
function sqliteInsert(
  trx: Executor,
  head: string,
  columns: string[],
  rows: BulkRow[],
  suffix: string,
) {
  return runSqliteChunks(trx, columns, rows, (values) => `${head}${values}${suffix}`)
}

/**
 * Runs a SQLite statement over `rows` in chunks of those fixed sizes, each binding its rows'
 * `columns` in order: `textOf` makes the statement around a chunk's `values` list ("(?, ?),
 * (?, ?)…"), once per size.
 */
export async function runSqliteChunks(
  trx: Executor,
  columns: readonly string[],
  rows: readonly BulkRow[],
  textOf: (values: string) => string,
): Promise<void> {
  const tuple = `(${columns.map(() => '?').join(', ')})`
  const size = Math.min(SQLITE_ROWS_PER_STATEMENT, Math.floor(SQLITE_MAX_PARAMS / columns.length))
  const sizes = [size, ...SQLITE_REMAINDER_SIZES.filter((n) => n < size)]
  const texts = new Map<number, string>()
  for (let start = 0; start < rows.length;) {
    const count = sizes.find((n) => n <= rows.length - start) ?? 1
    let text = texts.get(count)
    if (text === undefined) {
      text = textOf(new Array<string>(count).fill(tuple).join(', '))
      texts.set(count, text)
    }
    await trx.executeQuery(CompiledQuery.raw(text, rowParams(rows, start, count, columns)))
    start += count
  }
}

/** `($from+1, …, $from+count)` */
function placeholders(from: number, count: number): string {
  let text = `($${from + 1}`
  for (let i = 2; i <= count; i++) text += `, $${from + i}`
  return `${text})`
}
