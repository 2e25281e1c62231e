import { Migrator, type Kysely, type MigrationResultSet } from 'kysely'
import { migrations } from './migrations/index.ts'

export type MigrateOptions = {
  /**
   * PostgreSQL: the schema that holds Kysely's own migration tables. Without it the migrator
   * finds those tables in any schema on the search path of another database user, which breaks
   * when several schemas (e.g. parallel test runs) live in one database.
   */
  migrationTableSchema?: string
}

/** Brings the schema up to date; throws with the failing migration's name. */
export async function migrateToLatest(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typed Kysely<any> (frozen in time)
  db: Kysely<any>,
  options: MigrateOptions = {},
): Promise<MigrationResultSet> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    ...(options.migrationTableSchema ? { migrationTableSchema: options.migrationTableSchema } : {}),
  })
  const result = await migrator.migrateToLatest()
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error')
    const cause = result.error instanceof Error ? result.error.message : String(result.error)
    throw new Error(`Migration ${failed?.migrationName ?? '(unknown)'} failed: ${cause}`)
  }
  return result
}
