// GET /api/tasks/summary's body at any size: the cohort-year's totals summed in SQL, the units
// either end can hold read along the stored completion order (task-summary-ends.repository.ts),
// and only those and the focused units read with their names, to be ordered as the full list
// orders them.
import type { Kysely } from 'kysely'
import type { UnitKind } from '#shared/domain/units.ts'
import type { TaskCohortSummary, TaskEntry } from '#shared/dto/task.ts'
import { emptyTaskCounts, taskCompletion } from '#shared/kpi/task-completion.ts'
import { DEFAULT_ENDS } from '#shared/schemas/cohorts.schema.ts'
import type { TaskSummaryQuery } from '#shared/schemas/tasks.schema.ts'
import type { VersionMemo } from '#server/lib/version-memo.ts'
import type { Database } from '#server/db/schema.ts'
import { byNameThenCode, endsAndFocus, orderUnits } from '#server/cohorts/cohort-list.ts'
import { findFocusedMembers } from '#server/cohorts/cohort-members.repository.ts'
import { cutEnds } from '#server/cohorts/cut-ends.ts'
import { toUnitRef } from '#server/cohorts/cohorts.mapper.ts'
import { cohortYear } from '#server/cohorts/cohort-year-rows.ts'
import { findEndCandidates } from './task-summary-ends.repository.ts'
import { findTaskTotals } from './task-window.repository.ts'
import { findTaskCountsOf } from './tasks.repository.ts'
import { toTaskCounts, toTaskEntry } from './tasks.mapper.ts'
import type { Visibility } from '#server/cohorts/cohorts.repository.ts'

/** Highest completion first, then more planned (ties after that: name, then code). */
export const byCompletion = (a: TaskEntry, b: TaskEntry) =>
  b.completionPct! - a.completionPct! || b.planned - a.planned

/**
 * A cohort-year's tasks summary. The ends are of the units with tasks due (a completion rate),
 * by that rate; focus codes without results are listed in `missingFocus`.
 */
export async function taskCohortSummary(
  db: Kysely<Database>,
  query: TaskSummaryQuery,
  visibility: Visibility,
  memo?: VersionMemo | null,
): Promise<TaskCohortSummary> {
  const { parent, cohort, years, year } = await cohortYear(
    db,
    query,
    'task_result',
    visibility,
    memo,
  )
  const ends = query.ends ?? DEFAULT_ENDS
  const focus = query.focus ?? []
  const totals = year === null ? null : await findTaskTotals(db, cohort, year)
  const candidates = year === null ? [] : await findEndCandidates(db, cohort, year, ends)
  const focused = year === null ? [] : await findFocusedMembers(db, cohort, year, 'tasks', focus)
  const named =
    year === null
      ? []
      : await findTaskCountsOf(db, cohort, year, [...new Set([...candidates, ...focused])])
  const entries = new Map(named.map((row) => [row.code, toTaskEntry(row)]))
  const { top, bottom } = cutEnds(
    candidates.map((code) => entries.get(code)!),
    ends,
    byCompletion,
    byNameThenCode,
  )
  // Every entry read is a unit with task results: the focused ones are found among them.
  const picked = endsAndFocus([...entries.values()], 0, focus)
  return {
    year,
    parent: toUnitRef(parent),
    kind: query.kind as UnitKind,
    block: cohort.block === '' ? null : cohort.block,
    years,
    unitsWithData: totals?.units ?? 0,
    unitsWithPlan: totals?.with_plan ?? 0,
    totals: taskCompletion(totals ? toTaskCounts(totals) : emptyTaskCounts()),
    ends,
    top,
    bottom,
    focus: orderUnits(picked.focus, { value: null, dir: 'asc' }),
    missingFocus: picked.missingFocus,
  }
}
