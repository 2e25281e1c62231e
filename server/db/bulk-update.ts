// Many rows updated in place by key in one statement per chunk, for writers that change some
// columns of rows they know exist (the stored activity's sums, ADR 044): where the row's key and
// indexed columns stay, an update rewrites the row alone, while a delete and an insert rewrote
// it and every index entry of it. Table and column names come from code, never from a file.
import { CompiledQuery, type Kysely, type Transaction } from 'kysely'
import { SQLITE_MAX_PARAMS, SQLITE_ROWS_PER_STATEMENT } from './bulk-limits.ts'
import {
  type BulkRow,
  quote,
  rowParams,
  runUnnested,
  sqliteChunks,
  unnestOf,
} from './bulk-insert.ts'
import { dialectOf } from './create-db.ts'
import type { Database } from './schema.ts'

type Executor = Kysely<Database> | Transaction<Database>

/**
 * Sets `columns` of every row of `table` whose `keys` equal a given row's, to that row's values.
 * A key matching no stored row changes nothing; a key matching several sets them all alike.
 * SQLite joins the rows given as a `values` list (UPDATE … FROM); PostgreSQL `unnest`s one array
 * per column, as the bulk insert does.
 */
export async function bulkUpdate(
  trx: Executor,
  table: string,
  keys: readonly string[],
  columns: readonly string[],
  rows: readonly BulkRow[],
): Promise<void> {
  if (rows.length === 0) return
  const all = [...keys, ...columns]
  const target = quote(table)
  const set = columns.map((c) => `${quote(c)} = "v".${quote(c)}`).join(', ')
  const on = keys.map((k) => `${target}.${quote(k)} = "v".${quote(k)}`).join(' and ')
  if (dialectOf(trx) === 'postgres') {
    const text =
      `update ${target} set ${set} from ${unnestOf(all)} as "v"(${all.map(quote).join(', ')}) ` +
      `where ${on}`
    return runUnnested(trx, text, all, rows)
  }
  const tuple = `(${all.map(() => '?').join(', ')})`
  const size = Math.min(SQLITE_ROWS_PER_STATEMENT, Math.floor(SQLITE_MAX_PARAMS / all.length))
  const texts = new Map<number, string>()
  const textOf = (count: number) => {
    let text = texts.get(count)
    if (text === undefined) {
      const values = new Array<string>(count).fill(tuple).join(', ')
      text =
        `with "v"(${all.map(quote).join(', ')}) as (values ${values}) ` +
        `update ${target} set ${set} from "v" where ${on}`
      texts.set(count, text)
    }
    return text
  }
  for (const [start, count] of sqliteChunks(rows.length, size)) {
    const params = rowParams(rows as BulkRow[], start, count, all as string[])
    await trx.executeQuery(CompiledQuery.raw(textOf(count), params))
  }
}
