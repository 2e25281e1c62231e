// The rows a cohort page lists for one year from a per-unit results table (task results, award
// grants): the cohort the request names, the years with rows, the year asked (else the latest)
// and that year's rows. The tasks and awards lists and summaries all start here; what each
// counts per unit differs, so each passes its own query for the year's rows.
import type { Kysely } from 'kysely'
import type { Database } from '#server/db/schema.ts'
import { cohortMembers } from './cohort-members.repository.ts'
import type { CohortKey } from './cohorts.repository.ts'
import { requireCohort } from './require-parent-unit.ts'

/** Tables holding rows per unit and year that a cohort page counts. */
export type CohortResultTable = 'task_result' | 'award_grant'

/** Years with rows of `table` in the cohort, ascending. */
export async function findResultYears(
  db: Kysely<Database>,
  table: CohortResultTable,
  cohort: CohortKey,
): Promise<number[]> {
  const rows = await db
    .selectFrom(table)
    .where('unit_code', 'in', cohortMembers(db, cohort))
    .select('year')
    .distinct()
    .orderBy('year')
    .execute()
  return rows.map((r) => Number(r.year))
}

/** The cohort of a request with its years, the year shown and that year's rows of `table`. */
export async function cohortYearRows<Row>(
  db: Kysely<Database>,
  query: { parent: string; kind: string; cohort: string; year?: number | undefined },
  table: CohortResultTable,
  findRows: (db: Kysely<Database>, cohort: CohortKey, year: number) => Promise<Row[]>,
) {
  const { parent, cohort } = await requireCohort(db, query)
  const years = await findResultYears(db, table, cohort)
  const year = query.year ?? years.at(-1) ?? null
  const rows = year === null ? [] : await findRows(db, cohort, year)
  return { parent, cohort, years, year, rows }
}
