import { Hono } from 'hono'
import type { UnitKind } from '#shared/domain/units.ts'
import type { AwardReport } from '#shared/dto/award.ts'
import { emptyAwardTotals } from '#shared/kpi/award-totals.ts'
import { AWARD_SORT_NATURAL_DIR, awardsQuerySchema } from '#shared/schemas/awards.schema.ts'
import { type AppEnv, visibilityOf } from '../../lib/app-env.ts'
import { downloadRequest, tableDownload } from '../../lib/table-download/table-download.ts'
import { downloadCohort } from '../../lib/table-download/tables/cohort-label.ts'
import { validate } from '../../lib/validate.ts'
import { toUnitRef } from '#server/cohorts/cohorts.mapper.ts'
import { listUnits } from '#server/cohorts/cohort-list.ts'
import { cohortYear } from '#server/cohorts/cohort-year-rows.ts'
import { awardEntriesOf } from './award-entries.ts'
import { findAwardPage } from './award-page.ts'
import { AWARD_SORT_VALUE } from './award-sorts.ts'
import { awardSummaryRoutes } from './award-summary.routes.ts'
import { awardTable } from './awards-table.ts'
import { awardsSource } from './awards-source.ts'
import { findAwardCounts } from './awards.repository.ts'
import { cohortAwardFigures, toAwardEntries } from './awards.mapper.ts'
import { findCohortAwardLines } from './stored-awards.repository.ts'

export const awardRoutes = new Hono<AppEnv>()
  .route('/summary', awardSummaryRoutes)
  .get('/', validate('query', awardsQuerySchema), async (c) => {
    const query = c.req.valid('query')
    const db = c.var.db
    const sort = query.sort ?? 'name'
    const dir = query.dir ?? AWARD_SORT_NATURAL_DIR[sort]
    const visibility = visibilityOf(c.var.user)
    const { parent, cohort, years, year } = await cohortYear(
      db,
      query,
      'award_grant',
      visibility,
      c.var.memo,
    )
    const download = downloadRequest(c)
    if (download) {
      // The whole list, searched and in the order asked.
      const rows = year === null ? [] : await findAwardCounts(db, cohort, year)
      const all = toAwardEntries(rows, query.kind)
      const items = listUnits(all, { value: AWARD_SORT_VALUE[sort], dir }, query).ordered
      const table = awardTable({
        cohort: downloadCohort(parent, query.kind, cohort.block),
        year,
        items,
        source: await awardsSource(db, cohort, year),
      })
      return tableDownload(c, download, table)
    }
    const page =
      year === null
        ? { total: 0, matched: 0, offset: query.offset ?? 0, units: [] }
        : await findAwardPage(db, cohort, year, sort, dir, query)
    const figures =
      year === null
        ? { totals: emptyAwardTotals(), byAwardAndRecipient: [] }
        : cohortAwardFigures(await findCohortAwardLines(db, cohort, year), query.kind)
    const body: AwardReport = {
      year,
      parent: toUnitRef(parent),
      kind: query.kind as UnitKind,
      block: cohort.block === '' ? null : cohort.block,
      total: page.total,
      matched: page.matched,
      sort,
      dir,
      offset: page.offset,
      items: year === null ? [] : await awardEntriesOf(db, cohort, year, query.kind, page.units),
      totals: figures.totals,
      byAwardAndRecipient: figures.byAwardAndRecipient,
      years,
    }
    return c.json(body, 200)
  })
