import type { Kysely } from 'kysely'
import { Migrator, type Migration, type MigrationResultSet } from 'kysely/migration'
import { migrations } from './migrations/index.ts'

export type MigrateOptions = {
  /**
   * PostgreSQL: the schema that holds Kysely's own migration tables. Without it the migrator
   * finds those tables in any schema on the search path of another database user, which breaks
   * when several schemas (e.g. parallel test runs) live in one database.
   */
  migrationTableSchema?: string
  /** The migrations to apply (default: all of them); tests of an old migration stop at it. */
  migrations?: Record<string, Migration>
}

/** The migrations in order up to and including `name` (a migration test's world). */
export function migrationsUpTo(name: string): Record<string, Migration> {
  const names = Object.keys(migrations)
  const end = names.indexOf(name)
  if (end < 0) throw new Error(`Unknown migration ${name}`)
  return Object.fromEntries(names.slice(0, end + 1).map((n) => [n, migrations[n] as Migration]))
}

/** Brings the schema up to date; throws with the failing migration's name. */
export async function migrateToLatest(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typed Kysely<any> (frozen in time)
  db: Kysely<any>,
  options: MigrateOptions = {},
): Promise<MigrationResultSet> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => options.migrations ?? migrations },
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
