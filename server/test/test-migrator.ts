// A Migrator over a test database for migration tests: on PostgreSQL its bookkeeping lives in
// the test's own schema (several test schemas share one database), over the given migrations.
import { type Kysely, sql } from 'kysely'
import { type Migration, Migrator } from 'kysely/migration'
import { migrations as allMigrations } from '../db/migrations/index.ts'

export async function testMigrator(
  db: Kysely<unknown>,
  dialect: string,
  migrations: Record<string, Migration> = allMigrations,
): Promise<Migrator> {
  const schema =
    dialect === 'postgres'
      ? (await sql<{ s: string }>`select current_schema() as s`.execute(db)).rows[0]?.s
      : undefined
  return new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    ...(schema ? { migrationTableSchema: schema } : {}),
  })
}
