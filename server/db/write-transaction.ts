// The transaction of every write of the data: imports and their undo, publications, schemes,
// users, settings, restores. On PostgreSQL they run one at a time: each plans from what it reads
// (an import copies every column its file lacks from the stored row; a publication rewrites the
// rows of its cohort-year), and two of them interleaved under READ COMMITTED would each write
// over what the other committed meanwhile (a publication undone by an import planned before it;
// the last two admins demoting each other). A transaction-scoped advisory lock taken first
// serialises them, and each reads only after the one before it committed. SQLite's one
// connection already runs transactions one at a time.
import { sql, type Kysely, type Transaction } from 'kysely'
import { dialectOf } from './create-db.ts'
import type { Database } from './schema.ts'

/** The advisory lock's key: any constant of the project's own ("PARD"). */
export const WRITE_LOCK_KEY = 0x50415244

export function inWriteTransaction<T>(
  db: Kysely<Database>,
  work: (trx: Transaction<Database>) => Promise<T>,
): Promise<T> {
  return db.transaction().execute(async (trx) => {
    if (dialectOf(db) === 'postgres')
      await sql`select pg_advisory_xact_lock(${sql.lit(WRITE_LOCK_KEY)})`.execute(trx)
    return work(trx)
  })
}
