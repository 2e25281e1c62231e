import { Hono } from 'hono'
import type { Comparison } from '#shared/dto/compare.ts'
import { compareQuerySchema } from '#shared/schemas/compare.schema.ts'
import { type AppEnv, visibilityOf } from '../../lib/app-env.ts'
import {
  cellLanguage,
  downloadRequest,
  tableDownload,
} from '../../lib/table-download/table-download.ts'
import { compareTable } from './compare-table.ts'
import { apiError } from '../../lib/api-error.ts'
import { validate } from '../../lib/validate.ts'
import { findUnitsByCode, loadComparison, unitYearBands } from './compare.repository.ts'
import { compareSource } from './compare-source.ts'
import { toComparison } from './compare.mapper.ts'
import { unitCodeKey } from '#shared/domain/units.ts'

/** GET /api/compare?units=A,B,…: 2–6 units side by side, each ranked in its own cohort. */
export const compareRoutes = new Hono<AppEnv>().get(
  '/',
  validate('query', compareQuerySchema),
  async (c) => {
    const { units: codes } = c.req.valid('query')
    const rows = await findUnitsByCode(c.var.db, codes)
    // Codes match without regard to case, as on every other route; each unit once.
    const rowOf = (code: string) => rows.find((r) => unitCodeKey(r.code) === unitCodeKey(code))
    const missing = codes.filter((code) => rowOf(code) === undefined)
    if (missing.length > 0)
      return apiError(c, 404, 'NOT_FOUND', `Unknown unit ${missing.join(', ')}`, { missing })
    const units = [...new Set(codes.map(rowOf).filter((u) => u !== undefined))]
    const download = downloadRequest(c)
    const visibility = visibilityOf(c.var.user)
    const parts = await loadComparison(c.var.db, units, visibility)
    const comparison = toComparison(units, parts)
    const source = await compareSource(
      c.var.db,
      units.map((u) => u.code),
      visibility,
    )
    const stored = units.map((u) => u.code)
    if (download) {
      const lang = cellLanguage(download)
      const bands = lang ? await unitYearBands(c.var.db, parts.rankedUnder) : undefined
      return tableDownload(
        c,
        download,
        compareTable({ codes: stored, comparison, source, bands, lang }),
      )
    }
    const body: Comparison = { ...comparison, source }
    return c.json(body, 200)
  },
)
