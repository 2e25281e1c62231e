import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema.ts'
import { cohortMembers } from '#server/cohorts/cohort-members.repository.ts'
import type { CohortKey } from '#server/cohorts/cohorts.repository.ts'

/** Status counts per unit for one year, summed over fields and content areas. */
export function findTaskCounts(db: Kysely<Database>, cohort: CohortKey, year: number) {
  return (
    db
      // From the cohort's units (a cross join keeps SQLite's join order): joined the other way,
      // SQLite's planner could read the whole year's rows and keep the cohort's.
      .selectFrom('unit as u')
      .crossJoin('task_result as t')
      .whereRef('t.unit_code', '=', 'u.code')
      .where('u.code', 'in', cohortMembers(db, cohort, year))
      .where('t.year', '=', year)
      .select(({ fn }) => [
        'u.code',
        'u.name',
        fn.sum<number>('t.done_on_time').as('done_on_time'),
        fn.sum<number>('t.done_late').as('done_late'),
        fn.sum<number>('t.in_progress').as('in_progress'),
        fn.sum<number>('t.overdue').as('overdue'),
        fn.sum<number>('t.not_started').as('not_started'),
        fn.sum<number>('t.cancelled').as('cancelled'),
      ])
      .groupBy(['u.code', 'u.name'])
      .execute()
  )
}

export type TaskCountRow = Awaited<ReturnType<typeof findTaskCounts>>[number]
