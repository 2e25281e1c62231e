import { Hono } from 'hono'
import type { UnitKind } from '#shared/domain/units.ts'
import type { TaskCohortSummary, TaskEntry } from '#shared/dto/task.ts'
import { sumTaskCounts, taskCompletion } from '#shared/kpi/task-completion.ts'
import { DEFAULT_ENDS } from '#shared/schemas/cohorts.schema.ts'
import { taskSummaryQuerySchema } from '#shared/schemas/tasks.schema.ts'
import type { AppEnv } from '../../lib/app-env.ts'
import { validate } from '../../lib/validate.ts'
import { byNameThenCode, endsAndFocus, orderUnits } from '#server/cohorts/cohort-list.ts'
import { cutEnds } from '#server/cohorts/cut-ends.ts'
import { toUnitRef } from '#server/cohorts/cohorts.mapper.ts'
import { cohortYearRows } from '#server/cohorts/cohort-year-rows.ts'
import { findTaskCounts } from './tasks.repository.ts'
import { toTaskEntry } from './tasks.mapper.ts'

/** Highest completion first, then more planned (ties after that: name, then code). */
const byCompletion = (a: TaskEntry, b: TaskEntry) =>
  b.completionPct! - a.completionPct! || b.planned - a.planned

/**
 * GET /api/tasks/summary: a cohort-year's tasks at any size. The ends are of the units with
 * tasks due (a completion rate), by that rate; focus codes without results are listed in `missingFocus`.
 */
export const taskSummaryRoutes = new Hono<AppEnv>().get(
  '/',
  validate('query', taskSummaryQuerySchema),
  async (c) => {
    const query = c.req.valid('query')
    const { parent, cohort, years, year, rows } = await cohortYearRows(
      c.var.db,
      query,
      'task_result',
      findTaskCounts,
    )
    const all = rows.map(toTaskEntry)
    const ends = query.ends ?? DEFAULT_ENDS
    const withPlan = all.filter((e) => e.completionPct !== null)
    const { top, bottom } = cutEnds(withPlan, ends, byCompletion, byNameThenCode)
    const picked = endsAndFocus(withPlan, 0, query.focus ?? [], all)
    const body: TaskCohortSummary = {
      year,
      parent: toUnitRef(parent),
      kind: query.kind as UnitKind,
      block: cohort.block === '' ? null : cohort.block,
      years,
      unitsWithData: all.length,
      unitsWithPlan: withPlan.length,
      totals: taskCompletion(sumTaskCounts(all.map((e) => e.counts))),
      ends,
      top,
      bottom,
      focus: orderUnits(picked.focus, { value: null, dir: 'asc' }),
      missingFocus: picked.missingFocus,
    }
    return c.json(body, 200)
  },
)
