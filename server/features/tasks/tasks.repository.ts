import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema.ts'
import { cohortActivity } from '#server/cohorts/cohort-members.repository.ts'
import type { CohortKey } from '#server/cohorts/cohorts.repository.ts'

/** A stored cohort_activity row's task status sums, in the order of shared/domain/task-statuses.ts. */
export const TASK_COUNT_COLUMNS = [
  'c.done_on_time',
  'c.done_late',
  'c.in_progress',
  'c.overdue',
  'c.not_started',
  'c.cancelled',
] as const

/**
 * Status counts per unit for one year, summed over fields and content areas: the sums stored
 * per cohort-year and unit (ADR 030), one row a unit with task results.
 */
export function findTaskCounts(db: Kysely<Database>, cohort: CohortKey, year: number) {
  return cohortActivity(db, cohort, year, 'tasks')
    .innerJoin('unit as u', 'u.code', 'c.unit_code')
    .select(['u.code', 'u.name', ...TASK_COUNT_COLUMNS])
    .execute()
}

export type TaskCountRow = Awaited<ReturnType<typeof findTaskCounts>>[number]
