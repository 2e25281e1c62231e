// Intent: the maximum points every ranked unit of a cohort-year shares (null where they differ or
// a unit has none), stored on its cohort_year row by the rank writer, so a ranking page can say
// "of 100" once in its header instead of on every row, and drop a points column that only
// repeats the index, decided for the cohort-year and not for the page shown. Filled here from the
// assessments each stored rank stands for.
// Portable types only (ADR 001). Frozen: never import app code here.
import { sql, type Kysely } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('cohort_year')
    .addColumn('shared_max_points', 'double precision')
    .execute()
  // count(a.max_points) = count(*): every ranked unit has a maximum.
  await sql`update cohort_year set shared_max_points = (
      select case when count(a.max_points) = count(*) and min(a.max_points) = max(a.max_points)
        then min(a.max_points) end
      from cohort_rank r
      join assessment a on a.unit_code = r.unit_code and a.year = r.year
      where r.parent_code = cohort_year.parent_code and r.kind = cohort_year.kind
        and r.block = cohort_year.block and r.scope = cohort_year.scope
        and r.year = cohort_year.year)`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('cohort_year').dropColumn('shared_max_points').execute()
}
