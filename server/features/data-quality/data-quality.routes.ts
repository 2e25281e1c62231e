import { Hono } from 'hono'
import { requireRole } from '#server/lib/require-role.ts'
import { requireCohort } from '#server/cohorts/require-parent-unit.ts'
import { cohortSource } from '#server/features/publications/cohort-source.ts'
import type { AppEnv } from '#server/lib/app-env.ts'
import {
  cellLanguage,
  downloadRequest,
  tableDownload,
} from '#server/lib/table-download/table-download.ts'
import { downloadCohort } from '#server/lib/table-download/tables/cohort-label.ts'
import { dataQualityTable } from './data-quality-table.ts'
import { validate } from '#server/lib/validate.ts'
import { dataQualityQuerySchema } from '#shared/schemas/publications.schema.ts'
import { findDataQuality } from './data-quality.repository.ts'

export const dataQualityRoutes = new Hono<AppEnv>().get(
  '/',
  requireRole('EDITOR'),
  validate('query', dataQualityQuerySchema),
  async (c) => {
    const query = c.req.valid('query')
    const download = downloadRequest(c)
    const report = await findDataQuality(c.var.db, query)
    if (download) {
      // Editors only (the route's guard): drafts' blocks included.
      const { parent, cohort } = await requireCohort(
        c.var.db,
        { ...query, cohort: query.cohort ?? '' },
        { includeDrafts: true },
      )
      const years = [...new Set(report.items.map((i) => i.year))]
      const span = query.year === undefined ? years : [query.year]
      // Editors only: they see drafts, so a partly published year reads as such.
      const source = await cohortSource(c.var.db, parent, cohort, span, true)
      const table = dataQualityTable({
        cohort: downloadCohort(parent, query.kind, cohort.block),
        report,
        source,
        lang: cellLanguage(download),
      })
      return tableDownload(c, download, table)
    }
    return c.json(report, 200)
  },
)
