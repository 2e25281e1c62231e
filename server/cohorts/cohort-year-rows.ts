// The rows a cohort page lists for one year from a per-unit results table (task results, award
// grants): the cohort the request names, the years with rows, the year asked (else the latest)
// and that year's rows. The tasks and awards lists and summaries all start here; what each
// counts per unit differs, so each passes its own query for the year's rows.
import { sql, type Kysely, type RawBuilder } from 'kysely'
import type { Database } from '#server/db/schema.ts'
import type { CohortKey, Visibility } from './cohorts.repository.ts'
import { type VersionMemo, remembered } from '#server/lib/version-memo.ts'
import { requireCohort } from './require-parent-unit.ts'

/** Tables holding rows per unit and year that a cohort page counts. */
export type CohortResultTable = 'task_result' | 'award_grant'

/**
 * Years in which the cohort's units have rows of `table`, ascending: read from the cohort's
 * stored activity (ADR 030) by skipping from one year to the next along its key — one index
 * seek a year, not a scan of every unit's rows, whatever the cohort's size. Kept in `memo` for
 * the data version when given (ADR 040).
 */
export function findResultYears(
  db: Kysely<Database>,
  table: CohortResultTable,
  cohort: CohortKey,
  memo?: VersionMemo | null,
): Promise<number[]> {
  const key = ['result-years', table, cohort.parentCode, cohort.kind, cohort.block]
  return remembered(memo, key, () => readResultYears(db, table, cohort))
}

async function readResultYears(
  db: Kysely<Database>,
  table: CohortResultTable,
  cohort: CohortKey,
): Promise<number[]> {
  const flag = sql.ref(table === 'task_result' ? 'c.task_rows' : 'c.grant_rows')
  const next = (after: RawBuilder<unknown> | null) => sql`(select min(c.year) from cohort_activity c
    where c.parent_code = ${cohort.parentCode} and c.kind = ${cohort.kind}
      and c.block = ${cohort.block} and ${flag} > 0${after ? sql` and c.year > ${after}` : sql``})`
  const result = await sql<{ year: number | string }>`with recursive y (year) as (
      select ${next(null)}
      union all
      select ${next(sql`y.year`)} from y where y.year is not null
    )
    select year from y where year is not null order by year`.execute(db)
  return result.rows.map((r) => Number(r.year))
}

/** The cohort of a request with its years with rows of `table`, and the year shown. */
export async function cohortYear(
  db: Kysely<Database>,
  query: { parent: string; kind: string; cohort: string; year?: number | undefined },
  table: CohortResultTable,
  visibility: Visibility,
  memo?: VersionMemo | null,
) {
  const { parent, cohort } = await requireCohort(db, query, visibility, memo)
  const years = await findResultYears(db, table, cohort, memo)
  const year = query.year ?? years.at(-1) ?? null
  return { parent, cohort, years, year }
}

/** The cohort of a request with its years, the year shown and that year's rows of `table`. */
export async function cohortYearRows<Row>(
  db: Kysely<Database>,
  query: { parent: string; kind: string; cohort: string; year?: number | undefined },
  table: CohortResultTable,
  findRows: (db: Kysely<Database>, cohort: CohortKey, year: number) => Promise<Row[]>,
  visibility: Visibility,
  memo?: VersionMemo | null,
) {
  const { parent, cohort, years, year } = await cohortYear(db, query, table, visibility, memo)
  const rows = year === null ? [] : await findRows(db, cohort, year)
  return { parent, cohort, years, year, rows }
}
