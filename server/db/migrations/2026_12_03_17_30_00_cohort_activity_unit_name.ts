// Intent: each stored activity row (ADR 030) carries its unit's name, so a tasks or awards page
// ordered by a rate or a count reads the band of units tied at its places from the activity's
// own index, without looking up each unit's row for its name: at a national cohort's first page
// by completion, 1,147 units tied at 100 %, whose lookups were four fifths of the read (ADR 041).
// The write path fills it whenever it writes a unit's rows, and every write of a unit (a rename)
// rewrites them; rows stored before this migration get their unit's name here.
// Portable types only (ADR 001). Frozen: never import app code here.
import { sql, type Kysely } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('cohort_activity')
    .addColumn('unit_name', 'text', (c) => c.notNull().defaultTo(''))
    .execute()
  await sql`update cohort_activity set unit_name = coalesce(
      (select u.name from unit u where u.code = cohort_activity.unit_code), '')`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('cohort_activity').dropColumn('unit_name').execute()
}
