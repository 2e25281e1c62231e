import { Hono } from 'hono'
import type { UnitKind } from '#shared/domain/units.ts'
import type { Ranking } from '#shared/dto/ranking.ts'
import { rankingsQuerySchema } from '#shared/schemas/rankings.schema.ts'
import { canSeeDrafts, type AppEnv } from '../../lib/app-env.ts'
import { csvFileName } from '../../lib/csv.ts'
import { csvResponse, wantsCsv } from '../../lib/content-negotiation.ts'
import { validate } from '../../lib/validate.ts'
import { toGradeBands, toUnitRef } from '../cohorts/cohorts.mapper.ts'
import { requireCohort } from '../cohorts/require-parent-unit.ts'
import { rankHistoryRoutes } from './rank-history.routes.ts'
import { findRanking } from './rankings.repository.ts'
import { RANKING_CSV_COLUMNS, toRankingCsvRow, toRankingEntry } from './rankings.mapper.ts'

export const rankingRoutes = new Hono<AppEnv>()
  .route('/history', rankHistoryRoutes)
  .get('/', validate('query', rankingsQuerySchema), async (c) => {
    const query = c.req.valid('query')
    const { parent, cohort } = await requireCohort(c.var.db, query)
    const visibility = { includeDrafts: canSeeDrafts(c.var.user) }
    const offset = query.offset ?? 0
    const page = { offset, limit: query.limit }
    const found = await findRanking(c.var.db, cohort, query.year, visibility, page)
    const gradeBands = toGradeBands(found.bands, found.schemeId)
    const year = found.year
    const items =
      year === null
        ? []
        : found.rows.map((row) => toRankingEntry(row, year, gradeBands, found.shape))
    if (wantsCsv(c)) {
      const rows = items.map((entry) => toRankingCsvRow(entry, year ?? 0))
      return csvResponse(
        c,
        csvFileName(['rankings', parent.code, query.kind, cohort.block, year]),
        RANKING_CSV_COLUMNS,
        rows,
      )
    }
    const body: Ranking = {
      year,
      parent: toUnitRef(parent),
      kind: query.kind as UnitKind,
      block: cohort.block === '' ? null : cohort.block,
      total: found.shape.total,
      ranked: found.shape.ranked,
      offset,
      items,
      gradeBands,
      years: found.years,
    }
    return c.json(body, 200)
  })
