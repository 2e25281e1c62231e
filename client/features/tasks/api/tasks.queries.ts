import { queryOptions } from '@tanstack/react-query'
import type { TaskCohortSummary, TaskReport } from '#shared/dto/task.ts'
import {
  cohortSummaryQuery,
  getJson,
  pageQueryOf,
  type TablePageParams,
} from '#client/cohorts/api/cohort-read.ts'
import type { CohortParams } from '#client/lib/cohort-params.ts'
import type { TaskSortKey } from '../utils/task-sorts.ts'

/** A cohort-year: `block` null is the default cohort (no `cohort` in the request). */
export type TaskParams = CohortParams

export const taskQueries = {
  all: () => ['tasks'] as const,
  /** One page of the cohort's task list, sorted and searched on the server. */
  page: (params: TaskParams, table: TablePageParams<TaskSortKey>, size?: number) =>
    queryOptions({
      queryKey: [...taskQueries.all(), 'page', params, table, size ?? null] as const,
      queryFn: () => getJson<TaskReport>('/api/tasks', pageQueryOf(params, table, size)),
    }),
  /**
   * The cohort-year's totals and the units at both ends of the completion order, and the
   * reader's units (`focus`) beside them.
   */
  summary: (params: TaskParams, ends: number, focus: readonly string[] = []) =>
    cohortSummaryQuery<TaskCohortSummary>(
      taskQueries.all(),
      '/api/tasks/summary',
      params,
      ends,
      focus,
    ),
}
