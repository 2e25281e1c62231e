// GET /api/tasks for a page ordered by a rate, unsearched: the cohort-year's totals summed in
// SQL and the page cut there (task-window.ts), reading only the rows around the page — the same
// body the full list would cut.
import type { Kysely } from 'kysely'
import type { UnitKind } from '#shared/domain/units.ts'
import type { TaskReport } from '#shared/dto/task.ts'
import { emptyTaskCounts, taskCompletion } from '#shared/kpi/task-completion.ts'
import type { SortDirection } from '#shared/schemas/cohorts.schema.ts'
import type { TasksQuery } from '#shared/schemas/tasks.schema.ts'
import type { VersionMemo } from '#server/lib/version-memo.ts'
import type { Database } from '#server/db/schema.ts'
import { toUnitRef } from '#server/cohorts/cohorts.mapper.ts'
import { compareUnits } from '#server/cohorts/cohort-list.ts'
import { cohortYear } from '#server/cohorts/cohort-year-rows.ts'
import { TASK_SORT_VALUE } from './task-sorts.ts'
import { findTaskTotals, TASK_RATE_MEASURES, type TaskRateSort } from './task-window.repository.ts'
import { taskWindow } from './task-window.ts'
import { toTaskCounts } from './tasks.mapper.ts'
import type { Visibility } from '#server/cohorts/cohorts.repository.ts'

/**
 * The list's body for a page by `sort`; null when the page reaches the units the rate has no
 * value for (nothing due: listed last, by name), which the full list orders.
 */
export async function measurePage(
  db: Kysely<Database>,
  query: TasksQuery,
  sort: TaskRateSort,
  dir: SortDirection,
  limit: number,
  visibility: Visibility,
  memo?: VersionMemo | null,
): Promise<TaskReport | null> {
  const { parent, cohort, years, year } = await cohortYear(
    db,
    query,
    'task_result',
    visibility,
    memo,
  )
  const totals = year === null ? null : await findTaskTotals(db, cohort, year)
  const units = totals?.units ?? 0
  const measure = TASK_RATE_MEASURES[sort]
  const measured = totals?.with_plan ?? 0
  const offset = query.offset ?? 0
  const end = Math.min(offset + limit, units)
  if (end > measured && offset < units) return null
  const value = TASK_SORT_VALUE[sort]
  const items =
    year === null
      ? []
      : await taskWindow(db, cohort, year, {
          measure,
          dir,
          measured,
          start: offset,
          end,
          compare: compareUnits({ value, dir }),
        })
  return {
    year,
    parent: toUnitRef(parent),
    kind: query.kind as UnitKind,
    block: cohort.block === '' ? null : cohort.block,
    total: units,
    matched: units,
    sort,
    dir,
    offset,
    items,
    totals: taskCompletion(totals ? toTaskCounts(totals) : emptyTaskCounts()),
    years,
  }
}
