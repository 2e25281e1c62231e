// Which cohort-years a unit's stored activity rows put it in (ADR 030): what the writers of a
// cohort-year's stored totals (tasks, ADR 033; awards, ADR 032) read before and after rebuilding
// a unit's rows, to know which cohort-years a write touched.
import { sql, type Kysely, type Transaction } from 'kysely'
import type { Database } from '#server/db/schema.ts'
import type { CohortKey } from './cohorts.repository.ts'

type Executor = Kysely<Database> | Transaction<Database>

export type CohortYearKey = CohortKey & { year: number }

/** Units per IN list: well inside SQLite's and PostgreSQL's parameter limits. */
export const UNITS_PER_STATEMENT = 500

/** Cohort-years per statement that names them (four parameters each). */
export const COHORT_YEARS_PER_STATEMENT = 200

/** The rows of one cohort-year, in any table keyed by it. */
export function atCohortYear(cy: CohortYearKey) {
  return sql<boolean>`parent_code = ${cy.parentCode} and kind = ${cy.kind} and block = ${cy.block}
    and year = ${cy.year}`
}

/** The rows of any of these cohort-years (at most COHORT_YEARS_PER_STATEMENT). */
export function atCohortYears(cohortYears: readonly CohortYearKey[]) {
  return sql<boolean>`(${sql.join(
    cohortYears.map((cy) => sql`(${atCohortYear(cy)})`),
    sql` or `,
  )})`
}

/**
 * A cohort-year as a map key. Joined on NUL, which no code, kind or block name can hold (text
 * with control characters is refused at the edge): as distinct as JSON, without building it for
 * every member of a file's cohorts.
 */
export const cohortYearKeyOf = (cy: CohortYearKey) =>
  `${cy.parentCode}\u0000${cy.kind}\u0000${cy.block}\u0000${cy.year}`

/** Cohort-years as a set (a write touches each unit's cohorts several times). */
export class CohortYearSet {
  readonly #items = new Map<string, CohortYearKey>()

  add(items: Iterable<CohortYearKey>): void {
    for (const item of items)
      this.#items.set(cohortYearKeyOf(item), {
        parentCode: item.parentCode,
        kind: item.kind,
        block: item.block,
        year: item.year,
      })
  }

  values(): CohortYearKey[] {
    return [...this.#items.values()]
  }
}

/** A unit-year in a cohort-year (a stored activity row). */
export type Membership = CohortYearKey & { unitCode: string }

/**
 * The memberships of these units' unit-years with task results or with grants, as stored now
 * (in `years` only, when given).
 */
export async function storedMemberships(
  db: Executor,
  units: readonly string[],
  activity: 'task_rows' | 'grant_rows',
  years: readonly number[] | null = null,
): Promise<Membership[]> {
  if (units.length === 0 || years?.length === 0) return []
  let query = db
    .selectFrom('cohort_activity')
    .select(['parent_code', 'kind', 'block', 'year', 'unit_code'])
    .where('unit_code', 'in', units)
    .where(activity, '>', 0)
  if (years) query = query.where('year', 'in', years)
  const rows = await query.execute()
  return rows.map((r) => ({
    parentCode: r.parent_code,
    kind: r.kind,
    block: r.block,
    year: Number(r.year),
    unitCode: r.unit_code,
  }))
}
