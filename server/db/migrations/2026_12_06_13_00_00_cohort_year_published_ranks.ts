// Intent: how many ranked units of a cohort-year carry the rank their decision published, stored
// on its cohort_year row by the rank writer, so a ranking can say when the published table gave
// no ranks at all (the ranks shown are then the product's, worked out from the index) without
// reading the cohort's assessments. Filled here from the assessments each stored rank stands for.
// Portable types only (ADR 001). Frozen: never import app code here.
import { sql, type Kysely } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('cohort_year').addColumn('published_ranks', 'integer').execute()
  await sql`update cohort_year set published_ranks = (
      select count(a.published_rank)
      from cohort_rank r
      join assessment a on a.unit_code = r.unit_code and a.year = r.year
      where r.parent_code = cohort_year.parent_code and r.kind = cohort_year.kind
        and r.block = cohort_year.block and r.scope = cohort_year.scope
        and r.year = cohort_year.year)`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('cohort_year').dropColumn('published_ranks').execute()
}
