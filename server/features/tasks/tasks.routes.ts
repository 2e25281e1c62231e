import { Hono } from 'hono'
import type { UnitKind } from '#shared/domain/units.ts'
import type { TaskReport } from '#shared/dto/task.ts'
import { sumTaskCounts, taskCompletion } from '#shared/kpi/task-completion.ts'
import { TASK_SORT_NATURAL_DIR, tasksQuerySchema } from '#shared/schemas/tasks.schema.ts'
import { type AppEnv, visibilityOf } from '../../lib/app-env.ts'
import { downloadRequest, tableDownload } from '../../lib/table-download/table-download.ts'
import { downloadCohort } from '../../lib/table-download/tables/cohort-label.ts'
import { taskTable } from './tasks-table.ts'
import { reportedSourceLine } from '#shared/text/source-line.ts'
import { validate } from '../../lib/validate.ts'
import { toUnitRef } from '#server/cohorts/cohorts.mapper.ts'
import { listUnits } from '#server/cohorts/cohort-list.ts'
import { TASK_SORT_VALUE } from './task-sorts.ts'
import { taskSummaryRoutes } from './task-summary.routes.ts'
import { cohortYearRows } from '#server/cohorts/cohort-year-rows.ts'
import { findTaskCounts } from './tasks.repository.ts'
import { measurePage } from './task-measure-page.ts'
import { TASK_RATE_MEASURES, type TaskRateSort } from './task-window.repository.ts'
import { toTaskEntry } from './tasks.mapper.ts'

/** A sort by a rate: a page of it is cut in SQL around its place (task-window.ts). */
const isRateSort = (sort: string): sort is TaskRateSort => Object.hasOwn(TASK_RATE_MEASURES, sort)

export const taskRoutes = new Hono<AppEnv>()
  .route('/summary', taskSummaryRoutes)
  .get('/', validate('query', tasksQuerySchema), async (c) => {
    const query = c.req.valid('query')
    const sort = query.sort ?? 'name'
    const dir = query.dir ?? TASK_SORT_NATURAL_DIR[sort]
    const download = downloadRequest(c)
    const visibility = visibilityOf(c.var.user)
    if (isRateSort(sort) && !download && !query.q && query.limit !== undefined) {
      const page = await measurePage(
        c.var.db,
        query,
        sort,
        dir,
        query.limit,
        visibility,
        c.var.memo,
      )
      if (page) return c.json(page, 200)
    }
    const { parent, cohort, years, year, rows } = await cohortYearRows(
      c.var.db,
      query,
      'task_result',
      findTaskCounts,
      visibility,
      c.var.memo,
    )
    const all = rows.map(toTaskEntry)
    const list = listUnits(all, { value: TASK_SORT_VALUE[sort], dir }, query)
    // The whole list searched and in the order asked (the download); `list.page` the page.
    const items = list.ordered
    if (download) {
      const span = year === null ? [] : [year]
      const source = { vi: reportedSourceLine('vi', span), en: reportedSourceLine('en', span) }
      const table = taskTable({
        cohort: downloadCohort(parent, query.kind, cohort.block),
        year,
        items,
        source,
      })
      return tableDownload(c, download, table)
    }
    const totals = taskCompletion(sumTaskCounts(all.map((i) => i.counts)))
    const body: TaskReport = {
      year,
      parent: toUnitRef(parent),
      kind: query.kind as UnitKind,
      block: cohort.block === '' ? null : cohort.block,
      total: all.length,
      matched: list.matched,
      sort,
      dir,
      offset: list.offset,
      items: list.page,
      totals,
      years,
    }
    return c.json(body, 200)
  })
