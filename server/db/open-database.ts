import { sql, type Kysely } from 'kysely'
import { createDb } from './create-db.ts'
import { redact, type DatabaseTarget } from './database-url.ts'
import { migrateToLatest } from './migrate.ts'
import type { Database } from './schema.ts'
import { syncReferenceData } from './sync-reference-data.ts'

/** Connects, proves the connection with a round trip, migrates and syncs the code lists. */
export async function openDatabase(target: DatabaseTarget): Promise<Kysely<Database>> {
  const where = target.dialect === 'sqlite' ? target.filename : redact(target.connectionString)
  let db: Kysely<Database>
  try {
    db = createDb(target)
    await sql`select 1`.execute(db)
  } catch (error) {
    throw new Error(`Cannot open the ${target.dialect} database at ${where}: ${describe(error)}`)
  }
  try {
    await migrateToLatest(db, { migrationTableSchema: await currentSchema(db, target) })
    await syncReferenceData(db)
  } catch (error) {
    await db.destroy()
    throw new Error(`Cannot prepare the database at ${where}: ${describe(error)}`)
  }
  return db
}

/** PostgreSQL: keep Kysely's migration tables in the schema this connection works in. */
async function currentSchema(
  db: Kysely<Database>,
  target: DatabaseTarget,
): Promise<string | undefined> {
  if (target.dialect !== 'postgres') return undefined
  const { rows } = await sql<{ schema: string | null }>`select current_schema() as schema`.execute(
    db,
  )
  return rows[0]?.schema ?? undefined
}

function describe(error: unknown): string {
  if (error instanceof AggregateError) return error.errors.map(describe).join('; ')
  if (error instanceof Error) return error.message || error.name
  return String(error)
}
