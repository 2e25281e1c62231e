import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema.ts'
import { cohortMembers } from '#server/cohorts/cohort-members.repository.ts'
import type { CohortKey } from '#server/cohorts/cohorts.repository.ts'

/** Grant counts per unit, award code, recipient type and issuer for one year (sum of `count`). */
export function findAwardCounts(db: Kysely<Database>, cohort: CohortKey, year: number) {
  return (
    db
      // From the cohort's units (a cross join keeps SQLite's join order): joined the other way,
      // SQLite's planner could read the whole year's rows and keep the cohort's.
      .selectFrom('unit as u')
      .crossJoin('award_grant as g')
      .whereRef('g.unit_code', '=', 'u.code')
      .where('u.code', 'in', cohortMembers(db, cohort, year))
      .where('g.year', '=', year)
      .select(({ fn }) => [
        'u.code',
        'u.name',
        'g.award_code',
        'g.recipient_type',
        'g.issuer_level',
        fn.sum<number>('g.count').as('count'),
      ])
      .groupBy(['u.code', 'u.name', 'g.award_code', 'g.recipient_type', 'g.issuer_level'])
      .execute()
  )
}

export type AwardCountRow = Awaited<ReturnType<typeof findAwardCounts>>[number]
