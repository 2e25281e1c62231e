import { Hono } from 'hono'
import type { UnitKind } from '#shared/domain/units.ts'
import type { RankHistory } from '#shared/dto/ranking.ts'
import { rankHistoryQuerySchema } from '#shared/schemas/rankings.schema.ts'
import { canSeeDrafts, type AppEnv } from '../../lib/app-env.ts'
import { csvFileName } from '../../lib/csv.ts'
import { csvResponse, wantsCsv } from '../../lib/content-negotiation.ts'
import { validate } from '../../lib/validate.ts'
import { toUnitRef } from '../cohorts/cohorts.mapper.ts'
import { requireCohort } from '../cohorts/require-parent-unit.ts'
import { findRankHistory } from './rank-history.repository.ts'

const HISTORY_CSV_COLUMNS = ['year', 'unit_code', 'unit_name', 'rank', 'total'] as const

/** GET /api/rankings/history: ranks of every unit of a cohort over its years (bump charts). */
export const rankHistoryRoutes = new Hono<AppEnv>().get(
  '/',
  validate('query', rankHistoryQuerySchema),
  async (c) => {
    const query = c.req.valid('query')
    const { parent, cohort } = await requireCohort(c.var.db, query)
    const visibility = { includeDrafts: canSeeDrafts(c.var.user) }
    const { years, totals, units } = await findRankHistory(c.var.db, cohort, visibility, query.year)
    if (wantsCsv(c)) {
      const rows = years.flatMap((year, i) =>
        units.flatMap(({ unit, ranks }) =>
          ranks[i] === null
            ? []
            : [
                {
                  year,
                  unit_code: unit.code,
                  unit_name: unit.name,
                  rank: ranks[i],
                  total: totals[i],
                },
              ],
        ),
      )
      const file = csvFileName([
        'rank-history',
        parent.code,
        query.kind,
        cohort.block,
        years.at(-1),
      ])
      return csvResponse(c, file, HISTORY_CSV_COLUMNS, rows)
    }
    const body: RankHistory = {
      parent: toUnitRef(parent),
      kind: query.kind as UnitKind,
      block: cohort.block === '' ? null : cohort.block,
      years,
      totals,
      units,
    }
    return c.json(body, 200)
  },
)
