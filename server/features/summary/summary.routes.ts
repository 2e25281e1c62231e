import { Hono } from 'hono'
import type { UnitSummary } from '#shared/dto/summary.ts'
import { summaryQuerySchema } from '#shared/schemas/summary.schema.ts'
import { unitParamSchema } from '#shared/schemas/units.schema.ts'
import { summarySentence } from '#shared/text/summary-sentence.ts'
import { type AppEnv, visibilityOf } from '../../lib/app-env.ts'
import { apiError } from '../../lib/api-error.ts'
import { validate } from '../../lib/validate.ts'
import { findUnitRow } from '#server/cohorts/cohorts.repository.ts'
import { findSummaryRow } from './summary.repository.ts'
import { toSummaryFacts } from './summary.mapper.ts'

/** GET /api/units/:code/summary (mounted under /units): the press-style sentence. */
export const summaryRoutes = new Hono<AppEnv>().get(
  '/:code/summary',
  validate('param', unitParamSchema),
  validate('query', summaryQuerySchema),
  async (c) => {
    const { code } = c.req.valid('param')
    const { year, lang, pad } = c.req.valid('query')
    const unit = await findUnitRow(c.var.db, code)
    if (!unit) return apiError(c, 404, 'NOT_FOUND', `Unknown unit ${code}`)
    const parts = await findSummaryRow(c.var.db, unit, year, visibilityOf(c.var.user))
    if (!parts)
      return apiError(
        c,
        404,
        'NOT_FOUND',
        year ? `${code} has no result for ${year}` : `${code} has no result yet`,
      )
    const facts = toSummaryFacts(parts, unit.kind)
    const text = summarySentence(facts, lang, { padRanks: pad })
    const body: UnitSummary = { text, year: facts.year, lang }
    return c.json(body, 200)
  },
)
