// Many rows updated in place by key in one statement per chunk, for writers that change some
// columns of rows they know exist (the stored activity's sums, ADR 044): where the row's key and
// indexed columns stay, an update rewrites the row alone, while a delete and an insert rewrote
// it and every index entry of it. Table and column names come from code, never from a file.
import type { Kysely, Transaction } from 'kysely'
import { type BulkRow, quote, runSqliteChunks, runUnnested, unnestOf } from './bulk-insert.ts'
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
  return runSqliteChunks(
    trx,
    all,
    rows,
    (values) =>
      `with "v"(${all.map(quote).join(', ')}) as (values ${values}) ` +
      `update ${target} set ${set} from "v" where ${on}`,
  )
}
