import { Hono } from 'hono'
import type { UnitKind } from '#shared/domain/units.ts'
import type { Scorecard, ScorecardRow } from '#shared/dto/scorecard.ts'
import {
  scorecardNaturalDir,
  scorecardQuerySchema,
  sortedField,
  type ScorecardSort,
} from '#shared/schemas/scorecard.schema.ts'
import { type AppEnv, visibilityOf } from '../../lib/app-env.ts'
import {
  cellLanguage,
  downloadRequest,
  tableDownload,
} from '../../lib/table-download/table-download.ts'
import { downloadCohort } from '../../lib/table-download/tables/cohort-label.ts'
import { validate } from '../../lib/validate.ts'
import { listUnits, type ListOrder } from '#server/cohorts/cohort-list.ts'
import { toGradeBands, toUnitRef } from '#server/cohorts/cohorts.mapper.ts'
import { requireCohort } from '#server/cohorts/require-parent-unit.ts'
import { cohortSource } from '../publications/cohort-source.ts'
import { findScorecard } from './scorecard.repository.ts'
import { scorecardFields, scorecardReferences, toScorecardRow } from './scorecard.mapper.ts'
import { scorecardTable } from './scorecard-table.ts'

/** The value an order reads: the rank, a field's share (missing last), or the name (null). */
function orderValue(sort: ScorecardSort): ListOrder<ScorecardRow>['value'] {
  const field = sortedField(sort)
  if (field !== null) return (row) => row.cells[field]?.sharePct ?? null
  return sort === 'rank' ? (row) => row.rank : null
}

export const scorecardRoutes = new Hono<AppEnv>().get(
  '/',
  validate('query', scorecardQuerySchema),
  async (c) => {
    const query = c.req.valid('query')
    const visibility = visibilityOf(c.var.user)
    const { parent, cohort } = await requireCohort(c.var.db, query, visibility, c.var.memo)
    const found = await findScorecard(c.var.db, cohort, query.year, visibility)
    const { context } = found
    const gradeBands = toGradeBands(context.bands, context.schemeId)
    const fields = scorecardFields(found.maxima, found.rows)
    const inputs = {
      fields,
      maxima: found.maxima,
      previousMaxima: found.previousMaxima,
      bands: gradeBands,
      shape: context.shape,
    }
    const all = found.rows.map((row) => toScorecardRow(row, inputs))
    const sort = query.sort ?? 'rank'
    const dir = query.dir ?? scorecardNaturalDir(sort)
    const list = listUnits(all, { value: orderValue(sort), dir }, query)
    const download = downloadRequest(c)
    if (download) {
      const years = context.year === null ? [] : [context.year]
      const source = await cohortSource(c.var.db, parent, cohort, years, visibility.includeDrafts)
      const table = scorecardTable({
        cohort: downloadCohort(parent, query.kind, cohort.block),
        year: context.year,
        total: context.shape.total,
        ranked: context.shape.ranked,
        fields,
        gradeBands,
        items: list.ordered,
        source,
        lang: cellLanguage(download),
      })
      return tableDownload(c, download, table)
    }
    const body: Scorecard = {
      year: context.year,
      parent: toUnitRef(parent),
      kind: query.kind as UnitKind,
      block: cohort.block === '' ? null : cohort.block,
      total: context.shape.total,
      ranked: context.shape.ranked,
      matched: list.matched,
      sort,
      dir,
      offset: list.offset,
      fields,
      gradeBands,
      years: context.years,
      ...scorecardReferences(all, fields),
      items: list.page,
    }
    return c.json(body, 200)
  },
)
