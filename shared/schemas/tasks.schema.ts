import { z } from 'zod'
import {
  cohortQuerySchema,
  cohortSummaryQuerySchema,
  nameSearchSchema,
  pageParams,
  sortDirectionSchema,
  type SortDirection,
} from './cohorts.schema.ts'
import { optionalParam } from './units.schema.ts'

/**
 * The orders of a cohort's task list: unit name, completion rate, on-time rate, tasks planned,
 * or one status's count.
 */
export const TASK_SORTS = [
  'name',
  'completionPct',
  'onTimePct',
  'planned',
  'doneOnTime',
  'doneLate',
  'inProgress',
  'overdue',
  'notStarted',
  'cancelled',
] as const
export type TaskSort = (typeof TASK_SORTS)[number]

/** Names ascending, every measure highest first. */
export const TASK_SORT_NATURAL_DIR: Record<TaskSort, SortDirection> = {
  name: 'asc',
  completionPct: 'desc',
  onTimePct: 'desc',
  planned: 'desc',
  doneOnTime: 'desc',
  doneLate: 'desc',
  inProgress: 'desc',
  overdue: 'desc',
  notStarted: 'desc',
  cancelled: 'desc',
}

/**
 * GET /api/tasks?parent=&kind=[&cohort=&year=&sort=&dir=&q=&limit=&offset=] (default order:
 * name). Ties and missing rates: missing last, then name, then code. `matched` counts the rows
 * matching `q` before paging.
 */
export const tasksQuerySchema = cohortQuerySchema.extend({
  sort: optionalParam(
    z.enum(TASK_SORTS, { message: `Expected sort to be one of ${TASK_SORTS.join(', ')}` }),
  ),
  dir: sortDirectionSchema,
  q: nameSearchSchema,
  ...pageParams,
})
export type TasksQuery = z.infer<typeof tasksQuerySchema>

/**
 * GET /api/tasks/summary?parent=&kind=[&cohort=&year=&ends=&focus=]: cohort totals per status,
 * units with data, and the top and bottom `ends` units by completion rate.
 */
export const taskSummaryQuerySchema = cohortSummaryQuerySchema
export type TaskSummaryQuery = z.infer<typeof taskSummaryQuerySchema>
