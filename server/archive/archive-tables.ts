// Every table of the data model, in foreign-key order (parents before children), with its
// primary key. The archive test checks this list against the migrated database, so a table
// added by a later migration cannot be left out of exports silently.
import { sql, type Kysely, type Transaction } from 'kysely'
import type { DialectName } from '#server/db/create-db.ts'
import type { Database } from '#server/db/schema.ts'

export type ArchiveTableSpec = {
  name: keyof Database | 'kysely_migration'
  primaryKey: readonly string[]
  /** A column referencing the same table: rows are inserted parents first. */
  selfReference?: { column: string; references: string }
}

export const MIGRATION_TABLE = 'kysely_migration'

export const ARCHIVE_TABLES: readonly ArchiveTableSpec[] = [
  { name: MIGRATION_TABLE, primaryKey: ['name'] },
  { name: 'unit', primaryKey: ['code'] },
  // After unit: a placement refers to its unit and to its parent, both units.
  { name: 'unit_placement', primaryKey: ['unit_code', 'valid_from'] },
  { name: 'unit_lineage', primaryKey: ['id'] },
  { name: 'scheme', primaryKey: ['id'] },
  { name: 'scheme_field', primaryKey: ['scheme_id', 'field_code'] },
  { name: 'scheme_grade_band', primaryKey: ['scheme_id', 'grade_code'] },
  { name: 'scheme_criterion', primaryKey: ['scheme_id', 'criterion_code'] },
  { name: 'assessment', primaryKey: ['unit_code', 'year'] },
  { name: 'task_result', primaryKey: ['unit_code', 'year', 'field_code', 'content_area'] },
  { name: 'award_type', primaryKey: ['code'] },
  { name: 'award_issuer_rule', primaryKey: ['award_code', 'issuer_level', 'valid_from'] },
  { name: 'award_grant', primaryKey: ['id'] },
  { name: 'import_batch', primaryKey: ['id'] },
  { name: 'audit_log', primaryKey: ['id'] },
  { name: 'app_user', primaryKey: ['id'] },
  { name: 'user_session', primaryKey: ['id'] },
  { name: 'login_attempt', primaryKey: ['id'] },
  { name: 'app_setting', primaryKey: ['key'] },
]

/**
 * Kysely's migration lock is runtime state of the migrator, not data; stored ranks, cohort
 * sizes and field stats are derived from assessment and unit, and a restore rebuilds them
 * (ADR 010, ADR 023); so are the cohorts' stored activity, awards and task totals (ADR 030, 032, 033).
 */
const NOT_ARCHIVED = new Set([
  'kysely_migration_lock',
  'cohort_rank',
  'cohort_year',
  'cohort_field_stat',
  'cohort_activity',
  'cohort_award_year',
  'cohort_award_line',
  'cohort_award_decision',
  'cohort_task_year',
])

type Db = Kysely<Database> | Transaction<Database>

/** Tables of the current database (PostgreSQL: of the current schema only). */
export async function listTables(db: Db, dialect: DialectName): Promise<string[]> {
  const result =
    dialect === 'sqlite'
      ? await sql<{
          name: string
        }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`.execute(
          db,
        )
      : await sql<{ name: string }>`select table_name as name from information_schema.tables
          where table_schema = current_schema() and table_type = 'BASE TABLE'`.execute(db)
  return result.rows
    .map((r) => r.name)
    .filter((name) => !NOT_ARCHIVED.has(name))
    .sort()
}

export async function listColumns(db: Db, dialect: DialectName, table: string): Promise<string[]> {
  const result =
    dialect === 'sqlite'
      ? await sql<{
          name: string
        }>`select name from pragma_table_info(${table}) order by cid`.execute(db)
      : await sql<{ name: string }>`select column_name as name from information_schema.columns
          where table_schema = current_schema() and table_name = ${table} order by ordinal_position`.execute(
          db,
        )
  return result.rows.map((r) => r.name)
}

/** Fails with the names when the database and ARCHIVE_TABLES disagree. */
export async function assertTablesKnown(db: Db, dialect: DialectName): Promise<void> {
  const actual = await listTables(db, dialect)
  const known = new Set<string>(ARCHIVE_TABLES.map((t) => t.name))
  const unknown = actual.filter((name) => !known.has(name))
  const missing = [...known].filter((name) => !actual.includes(name))
  if (unknown.length > 0 || missing.length > 0) {
    const parts = [
      unknown.length ? `not in the archive list: ${unknown.join(', ')}` : '',
      missing.length ? `missing from the database: ${missing.join(', ')}` : '',
    ].filter(Boolean)
    throw new Error(
      `Database tables do not match server/archive/archive-tables.ts (${parts.join('; ')})`,
    )
  }
}
