import type { Kysely, Transaction } from 'kysely'
import type { Database } from '#server/db/schema.ts'
import { entityKey, type Row } from './change-set.ts'
import { rowsForUnits } from './existing-rows.ts'

type Db = Kysely<Database> | Transaction<Database>
type Keyed = 'assessment' | 'task_result'

/** Stored rows of the given units and years, by entity key. */
export async function existingRowsByKey<T extends Keyed>(
  db: Db,
  table: T,
  units: Set<string>,
  years: Set<number>,
) {
  const rows = await rowsForUnits(db, table, units, years)
  return new Map(rows.map((row) => [entityKey(table, row as Row), row]))
}
