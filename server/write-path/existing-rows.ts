// Loads the stored rows an import may touch: one query per chunk of unit codes, never one per row.
import type { Kysely, Transaction } from 'kysely'
import type { Database } from '#server/db/schema.ts'
import { chunk } from '#server/lib/chunk.ts'

type Db = Kysely<Database> | Transaction<Database>
type ByUnitTable = 'assessment' | 'task_result' | 'award_grant'

export async function rowsForUnits<T extends ByUnitTable>(
  db: Db,
  table: T,
  unitCodes: Set<string>,
  years: Set<number>,
) {
  const out: Database[T][] = []
  if (unitCodes.size === 0) return out
  for (const part of chunk([...unitCodes], 1000)) {
    const rows = await db
      .selectFrom(table as ByUnitTable)
      .selectAll()
      .where('unit_code', 'in', part)
      .where('year', 'in', [...years])
      .execute()
    // One push per row: spreading a large chunk into push() can overflow the call stack.
    for (const row of rows as Database[T][]) out.push(row)
  }
  return out
}
