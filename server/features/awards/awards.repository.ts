import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema.ts'
import { cohortActivity, NAMED_COLUMNS } from '#server/cohorts/cohort-members.repository.ts'
import type { CohortKey } from '#server/cohorts/cohorts.repository.ts'

/**
 * Grant counts per unit, award code, recipient type and issuer for one year (sum of `count`), of
 * every unit with grants or of `units` only (the units a page or a summary's ends show).
 */
export function findAwardCounts(
  db: Kysely<Database>,
  cohort: CohortKey,
  year: number,
  units?: readonly string[],
) {
  const members = cohortActivity(db, cohort, year, 'grants')
  return (
    // From the cohort-year's units with grants (stored, ADR 030) to their grants by key; a cross
    // join keeps SQLite's join order (joined the other way, its planner could read the whole
    // year's grants and keep the cohort's).
    (units ? members.where('c.unit_code', 'in', units) : members)
      .crossJoin('award_grant as g')
      .whereRef('g.unit_code', '=', 'c.unit_code')
      .whereRef('g.year', '=', 'c.year')
      .select(({ fn }) => [
        ...NAMED_COLUMNS,
        'g.award_code',
        'g.recipient_type',
        'g.issuer_level',
        fn.sum<number>('g.count').as('count'),
      ])
      .groupBy(['c.unit_code', 'c.unit_name', 'g.award_code', 'g.recipient_type', 'g.issuer_level'])
      .execute()
  )
}

export type AwardCountRow = Awaited<ReturnType<typeof findAwardCounts>>[number]
