// GET /api/tasks/summary's body at any size: every unit's counts read without names, the units
// of either end and the focused ones chosen from them (task-summary-picks.ts), and only those
// read again with their names to be ordered as the full list orders them.
import type { Kysely } from 'kysely'
import type { UnitKind } from '#shared/domain/units.ts'
import type { TaskCohortSummary, TaskEntry } from '#shared/dto/task.ts'
import { taskCompletion } from '#shared/kpi/task-completion.ts'
import { DEFAULT_ENDS } from '#shared/schemas/cohorts.schema.ts'
import type { TaskSummaryQuery } from '#shared/schemas/tasks.schema.ts'
import type { Database } from '#server/db/schema.ts'
import { byNameThenCode, orderUnits } from '#server/cohorts/cohort-list.ts'
import { cutEnds } from '#server/cohorts/cut-ends.ts'
import { toUnitRef } from '#server/cohorts/cohorts.mapper.ts'
import { cohortYearRows } from '#server/cohorts/cohort-year-rows.ts'
import { pickSummaryRows } from './task-summary-picks.ts'
import { findTaskCountsOf, findUnnamedTaskCounts } from './tasks.repository.ts'
import { toTaskEntry } from './tasks.mapper.ts'

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
): Promise<TaskCohortSummary> {
  const { parent, cohort, years, year, rows } = await cohortYearRows(
    db,
    query,
    'task_result',
    findUnnamedTaskCounts,
  )
  const ends = query.ends ?? DEFAULT_ENDS
  const picks = pickSummaryRows(rows, ends, query.focus ?? [])
  const codes = new Set([...picks.ends, ...picks.focus].map((row) => row.unit_code))
  const named = year === null ? [] : await findTaskCountsOf(db, cohort, year, [...codes])
  const byCode = new Map(named.map((row) => [row.code, row]))
  const entryOf = (row: { unit_code: string }) => toTaskEntry(byCode.get(row.unit_code)!)
  const { top, bottom } = cutEnds(picks.ends.map(entryOf), ends, byCompletion, byNameThenCode)
  return {
    year,
    parent: toUnitRef(parent),
    kind: query.kind as UnitKind,
    block: cohort.block === '' ? null : cohort.block,
    years,
    unitsWithData: picks.units,
    unitsWithPlan: picks.withPlan,
    totals: taskCompletion(picks.counts),
    ends,
    top,
    bottom,
    focus: orderUnits(picks.focus.map(entryOf), { value: null, dir: 'asc' }),
    missingFocus: picks.missingFocus,
  }
}
