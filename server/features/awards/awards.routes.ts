import { Hono } from 'hono'
import type { UnitKind } from '#shared/domain/units.ts'
import type { AwardReport } from '#shared/dto/award.ts'
import { sumAwardTotals } from '#shared/kpi/award-totals.ts'
import { AWARD_SORT_NATURAL_DIR, awardsQuerySchema } from '#shared/schemas/awards.schema.ts'
import type { AppEnv } from '../../lib/app-env.ts'
import { downloadRequest, tableDownload } from '../../lib/table-download/table-download.ts'
import { downloadCohort } from '../../lib/table-download/tables/cohort-label.ts'
import { awardTable } from './awards-table.ts'
import { awardsSource } from '../publications/award-decisions.ts'
import { validate } from '../../lib/validate.ts'
import { toUnitRef } from '#server/cohorts/cohorts.mapper.ts'
import { listUnits } from '#server/cohorts/cohort-list.ts'
import { AWARD_SORT_VALUE } from './award-sorts.ts'
import { awardSummaryRoutes } from './award-summary.routes.ts'
import { cohortYearRows } from '#server/cohorts/cohort-year-rows.ts'
import { findAwardCounts } from './awards.repository.ts'
import { sumAwardBreakdowns, toAwardEntries } from './awards.mapper.ts'

export const awardRoutes = new Hono<AppEnv>()
  .route('/summary', awardSummaryRoutes)
  .get('/', validate('query', awardsQuerySchema), async (c) => {
    const query = c.req.valid('query')
    const { parent, cohort, years, year, rows } = await cohortYearRows(
      c.var.db,
      query,
      'award_grant',
      findAwardCounts,
    )
    const all = toAwardEntries(rows, query.kind)
    const sort = query.sort ?? 'name'
    const dir = query.dir ?? AWARD_SORT_NATURAL_DIR[sort]
    const list = listUnits(all, { value: AWARD_SORT_VALUE[sort], dir }, query)
    // The whole list searched and in the order asked (the download); `list.page` the page.
    const items = list.ordered
    const download = downloadRequest(c)
    if (download) {
      const source = await awardsSource(c.var.db, cohort, year)
      const table = awardTable({
        cohort: downloadCohort(parent, query.kind, cohort.block),
        year,
        items,
        source,
      })
      return tableDownload(c, download, table)
    }
    const totals = sumAwardTotals(all)
    const body: AwardReport = {
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
      byAwardAndRecipient: sumAwardBreakdowns(all),
      years,
    }
    return c.json(body, 200)
  })
