// Test databases: a fresh in-memory SQLite, or a fresh schema on the real PostgreSQL server
// (TEST_DATABASE_URL, default the local server). Each test file makes its own and drops it.
import { randomBytes } from 'node:crypto'
import { type Kysely, sql } from 'kysely'
import type { Migration } from 'kysely/migration'
import { createDb, type DialectName } from '../db/create-db.ts'
import { migrateToLatest } from '../db/migrate.ts'
import type { Database } from '../db/schema.ts'

export const TEST_DIALECTS: readonly DialectName[] = ['sqlite', 'postgres']

export function testPostgresUrl(): string {
  return process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test'
}

/**
 * Held (session-level, on the admin connection) while a test schema is created and migrated and
 * while one is dropped. Kysely's migrator introspects the tables of every schema it can see; a
 * schema another test file drops during that query fails it with "schema … does not exist".
 */
const SCHEMA_CHANGE_LOCK = 7_404_271

export type TestDb = {
  db: Kysely<Database>
  dialect: DialectName
  /**
   * Runs schema changes (e.g. migrating down and up again) under the lock above, so no other
   * test file's migrator introspects this schema while its tables come and go.
   */
  changeSchema: <T>(work: () => Promise<T>) => Promise<T>
  destroy: () => Promise<void>
}

export type TestDbOptions = {
  /**
   * The migrations to apply (default: all). A test of an old migration passes the list up to
   * it (migrationsUpTo in server/db/migrate.ts) and gets the schema as it stood then.
   */
  migrations?: Record<string, Migration>
}

export async function createTestDb(
  dialect: DialectName,
  options: TestDbOptions = {},
): Promise<TestDb> {
  const only = options.migrations ? { migrations: options.migrations } : {}
  if (dialect === 'sqlite') {
    const db = createDb({ dialect: 'sqlite', filename: ':memory:' })
    await migrateToLatest(db, only)
    return { db, dialect, changeSchema: (work) => work(), destroy: () => db.destroy() }
  }
  const connectionString = testPostgresUrl()
  const schema = `test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`
  const admin = createDb({ dialect: 'postgres', connectionString }, { poolSize: 1 })
  const lock = () => sql`select pg_advisory_lock(${SCHEMA_CHANGE_LOCK})`.execute(admin)
  const unlock = () => sql`select pg_advisory_unlock(${SCHEMA_CHANGE_LOCK})`.execute(admin)
  const underLock = async <T>(work: () => Promise<T>): Promise<T> => {
    await lock()
    try {
      return await work()
    } finally {
      await unlock()
    }
  }
  try {
    await lock()
    await sql`create schema ${sql.id(schema)}`.execute(admin)
  } catch (error) {
    await admin.destroy()
    throw new Error(
      `Cannot reach PostgreSQL for tests at ${connectionString} (set TEST_DATABASE_URL): ${String(error)}`,
    )
  }
  const db = createDb(
    { dialect: 'postgres', connectionString },
    { searchPath: schema, poolSize: 4 },
  )
  try {
    await migrateToLatest(db, { migrationTableSchema: schema, ...only })
  } finally {
    await unlock()
  }
  return {
    db,
    dialect,
    changeSchema: underLock,
    destroy: async () => {
      await db.destroy()
      try {
        await underLock(() => sql`drop schema ${sql.id(schema)} cascade`.execute(admin))
      } finally {
        await admin.destroy()
      }
    },
  }
}
