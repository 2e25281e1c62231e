import { Hono } from 'hono'
import type { UnitKind } from '#shared/domain/units.ts'
import type { AwardReport } from '#shared/dto/award.ts'
import { sumAwardTotals } from '#shared/kpi/award-totals.ts'
import { awardsQuerySchema } from '#shared/schemas/awards.schema.ts'
import { compareVietnamese } from '#shared/text/compare-vietnamese.ts'
import type { AppEnv } from '../../lib/app-env.ts'
import { csvFileName } from '../../lib/csv.ts'
import { csvResponse, wantsCsv } from '../../lib/content-negotiation.ts'
import { validate } from '../../lib/validate.ts'
import { toUnitRef } from '../cohorts/cohorts.mapper.ts'
import { requireCohort } from '../cohorts/require-parent-unit.ts'
import { findAwardCounts, findAwardYears } from './awards.repository.ts'
import { AWARD_CSV_COLUMNS, toAwardCsvRow, toAwardEntries } from './awards.mapper.ts'

export const awardRoutes = new Hono<AppEnv>().get(
  '/',
  validate('query', awardsQuerySchema),
  async (c) => {
    const query = c.req.valid('query')
    const { parent, cohort } = await requireCohort(c.var.db, query)
    const years = await findAwardYears(c.var.db, cohort)
    const year = query.year ?? years.at(-1) ?? null
    const rows = year === null ? [] : await findAwardCounts(c.var.db, cohort, year)
    const items = toAwardEntries(rows).sort((a, b) => compareVietnamese(a.unit.name, b.unit.name))
    if (wantsCsv(c)) {
      const csvRows = items.map((entry) => toAwardCsvRow(entry, year))
      return csvResponse(
        c,
        csvFileName(['awards', parent.code, query.kind, cohort.block, year]),
        AWARD_CSV_COLUMNS,
        csvRows,
      )
    }
    const totals = sumAwardTotals(items)
    const body: AwardReport = {
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
