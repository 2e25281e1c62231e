import { Hono } from 'hono'
import type { UnitKind } from '#shared/domain/units.ts'
import type { TaskReport } from '#shared/dto/task.ts'
import { sumTaskCounts, taskCompletion } from '#shared/kpi/task-completion.ts'
import { tasksQuerySchema } from '#shared/schemas/tasks.schema.ts'
import { compareVietnamese } from '#shared/text/compare-vietnamese.ts'
import type { AppEnv } from '../../lib/app-env.ts'
import { csvFileName } from '../../lib/csv.ts'
import { csvResponse, wantsCsv } from '../../lib/content-negotiation.ts'
import { validate } from '../../lib/validate.ts'
import { toUnitRef } from '../cohorts/cohorts.mapper.ts'
import { requireCohort } from '../cohorts/require-parent-unit.ts'
import { findTaskCounts, findTaskYears } from './tasks.repository.ts'
import { TASK_CSV_COLUMNS, toTaskCsvRow, toTaskEntry } from './tasks.mapper.ts'

export const taskRoutes = new Hono<AppEnv>().get(
  '/',
  validate('query', tasksQuerySchema),
  async (c) => {
    const query = c.req.valid('query')
    const { parent, cohort } = await requireCohort(c.var.db, query)
    const years = await findTaskYears(c.var.db, cohort)
    const year = query.year ?? years.at(-1) ?? null
    const rows = year === null ? [] : await findTaskCounts(c.var.db, cohort, year)
    const items = rows.map(toTaskEntry).sort((a, b) => compareVietnamese(a.unit.name, b.unit.name))
    if (wantsCsv(c)) {
      const csvRows = items.map((entry) => toTaskCsvRow(entry, year))
      return csvResponse(
        c,
        csvFileName(['tasks', parent.code, query.kind, cohort.block, year]),
        TASK_CSV_COLUMNS,
        csvRows,
      )
    }
    const totals = taskCompletion(sumTaskCounts(items.map((i) => i.counts)))
    const body: TaskReport = {
      year,
      parent: toUnitRef(parent),
      kind: query.kind as UnitKind,
      block: cohort.block === '' ? null : cohort.block,
      items,
      totals,
      years,
    }
    return c.json(body, 200)
  },
)
