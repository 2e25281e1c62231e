// Intent: the ends of every order a ranking summary names (top and bottom by rank, the movers,
// the first units new to the cohort and of each withheld reason), cut at the largest size a
// summary may ask for and stored as JSON on the cohort_year row by the rank writer (ADR 039), so
// a summary of a 10,600-unit cohort-year reads them with its counts instead of cutting five
// orders from the rank index on every request. Rows written before this migration keep a null:
// the summary cuts those in SQL as before, until their parent's next rank refresh stores them.
// Portable types only (ADR 001). Frozen: never import app code here.
import type { Kysely } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('cohort_year').addColumn('summary_ends', 'text').execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('cohort_year').dropColumn('summary_ends').execute()
}
