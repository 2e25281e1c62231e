// How many units a cohort has ranked up to each of its years (ADR 030): a rank history's size,
// stored on the cohort-year so a history of a 10,600-unit cohort does not count the distinct
// units of all its years' ranks on every request. Written after the ranks it counts, for every
// year of the rebuilt parents (a rebuilt year moves the counts of the years after it).
import { sql, type Kysely, type Transaction } from 'kysely'
import type { Database, RankScope } from '#server/db/schema.ts'
import { chunk } from '#server/lib/chunk.ts'

type Executor = Kysely<Database> | Transaction<Database>

/** Parent codes per statement: well inside SQLite's and PostgreSQL's parameter limits. */
const PARENTS_PER_STATEMENT = 500

export async function storeUnitsToDate(
  db: Executor,
  parents: readonly string[] | 'all',
  scopes: readonly RankScope[],
): Promise<void> {
  const parts = parents === 'all' ? [null] : chunk(parents, PARENTS_PER_STATEMENT)
  for (const part of parts) {
    let update = db
      .updateTable('cohort_year')
      .set({
        units_to_date: sql<number>`(select count(distinct r.unit_code) from cohort_rank r
          where r.parent_code = cohort_year.parent_code and r.kind = cohort_year.kind
            and r.block = cohort_year.block and r.scope = cohort_year.scope
            and r.year <= cohort_year.year)`,
      })
      .where('scope', 'in', scopes)
    if (part) update = update.where('parent_code', 'in', part)
    await update.execute()
  }
}
