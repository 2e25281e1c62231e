import { Hono } from 'hono'
import { compareQuerySchema } from '#shared/schemas/compare.schema.ts'
import { canSeeDrafts, type AppEnv } from '../../lib/app-env.ts'
import { csvFileName } from '../../lib/csv.ts'
import { csvResponse, wantsCsv } from '../../lib/content-negotiation.ts'
import { notFound } from '../../lib/errors.ts'
import { validate } from '../../lib/validate.ts'
import { findUnitsByCode, loadComparison } from './compare.repository.ts'
import { COMPARE_CSV_COLUMNS, toCompareCsvRows, toComparison } from './compare.mapper.ts'

/** GET /api/compare?units=A,B,…: 2–6 units side by side, each ranked in its own cohort. */
export const compareRoutes = new Hono<AppEnv>().get(
  '/',
  validate('query', compareQuerySchema),
  async (c) => {
    const { units: codes } = c.req.valid('query')
    const rows = await findUnitsByCode(c.var.db, codes)
    const missing = codes.filter((code) => !rows.some((r) => r.code === code))
    if (missing.length > 0) throw notFound(`Unknown unit ${missing.join(', ')}`, { missing })
    const units = codes
      .map((code) => rows.find((r) => r.code === code))
      .filter((u) => u !== undefined)
    const parts = await loadComparison(c.var.db, units, { includeDrafts: canSeeDrafts(c.var.user) })
    const comparison = toComparison(units, parts)
    if (wantsCsv(c)) {
      return csvResponse(
        c,
        csvFileName(['compare', ...codes]),
        COMPARE_CSV_COLUMNS,
        toCompareCsvRows(comparison),
      )
    }
    return c.json(comparison, 200)
  },
)
