import { Hono } from 'hono'
import type { UnitKind } from '#shared/domain/units.ts'
import type { RankHistory } from '#shared/dto/ranking.ts'
import { rankHistoryQuerySchema } from '#shared/schemas/rankings.schema.ts'
import { type AppEnv, visibilityOf } from '../../lib/app-env.ts'
import { downloadRequest, tableDownload } from '../../lib/table-download/table-download.ts'
import { downloadCohort } from '../../lib/table-download/tables/cohort-label.ts'
import { rankHistoryTable } from './rank-history-table.ts'
import { cohortSource } from '../publications/cohort-source.ts'
import { validate } from '../../lib/validate.ts'
import { toUnitRef } from '#server/cohorts/cohorts.mapper.ts'
import { requireCohort } from '#server/cohorts/require-parent-unit.ts'
import { findRankHistory } from './rank-history.repository.ts'
import { cohortSchemes, schemeForYear } from '#server/cohorts/cohort-schemes.repository.ts'

/**
 * GET /api/rankings/history: ranks of a cohort's units over its years (bump charts): the units
 * and ends asked for, or every unit (the download of all).
 */
export const rankHistoryRoutes = new Hono<AppEnv>().get(
  '/',
  validate('query', rankHistoryQuerySchema),
  async (c) => {
    const query = c.req.valid('query')
    const visibility = visibilityOf(c.var.user)
    const { parent, cohort } = await requireCohort(c.var.db, query, visibility, c.var.memo)
    const selection = { units: query.units, ends: query.ends }
    const download = downloadRequest(c)
    // The schemes read beside the ranks, not after them (a download has no use for them).
    const [found, schemes] = await Promise.all([
      findRankHistory(c.var.db, cohort, visibility, query.year, selection),
      download ? null : cohortSchemes(c.var.db, cohort, c.var.memo),
    ])
    const { years, totals, loaded, units, unitCount, missingUnits } = found
    if (download) {
      const source = await cohortSource(c.var.db, parent, cohort, years, visibility.includeDrafts)
      const table = rankHistoryTable({
        cohort: downloadCohort(parent, query.kind, cohort.block),
        history: { years, totals, loaded, units },
        source,
      })
      return tableDownload(c, download, table)
    }
    const body: RankHistory = {
      parent: toUnitRef(parent),
      kind: query.kind as UnitKind,
      block: cohort.block === '' ? null : cohort.block,
      years,
      totals,
      loaded,
      schemes: years.map((year) => (schemes && schemeForYear(schemes, year)?.id) ?? null),
      units,
      unitCount,
      missingUnits,
    }
    return c.json(body, 200)
  },
)
