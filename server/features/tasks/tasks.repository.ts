import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema.ts'
import { cohortActivity, NAMED_COLUMNS } from '#server/cohorts/cohort-members.repository.ts'
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

/** The cohort-year's stored rows of the units with task results, named. */
function namedTaskCounts(db: Kysely<Database>, cohort: CohortKey, year: number) {
  return cohortActivity(db, cohort, year, 'tasks').select([...NAMED_COLUMNS, ...TASK_COUNT_COLUMNS])
}

/**
 * Status counts per unit for one year, summed over fields and content areas: the sums stored
 * per cohort-year and unit (ADR 030), one row a unit with task results.
 */
export function findTaskCounts(db: Kysely<Database>, cohort: CohortKey, year: number) {
  return namedTaskCounts(db, cohort, year).execute()
}

export type TaskCountRow = Awaited<ReturnType<typeof findTaskCounts>>[number]

/**
 * Beyond this many codes the cohort-year's rows are read whole and filtered: a list that long
 * saves little over the whole, and a statement's parameters are bounded (32,766 on SQLite).
 */
const MOST_CODES_LISTED = 2000

/** The rows of findTaskCounts for the units `codes` (codes as stored) only: seeks by key. */
export async function findTaskCountsOf(
  db: Kysely<Database>,
  cohort: CohortKey,
  year: number,
  codes: readonly string[],
): Promise<TaskCountRow[]> {
  if (codes.length === 0) return []
  if (codes.length <= MOST_CODES_LISTED)
    return namedTaskCounts(db, cohort, year).where('c.unit_code', 'in', codes).execute()
  const wanted = new Set(codes)
  return (await findTaskCounts(db, cohort, year)).filter((row) => wanted.has(row.code))
}
