import { Hono } from 'hono'
import type { UnitKind } from '#shared/domain/units.ts'
import type { CohortLinks } from '#shared/dto/cohort.ts'
import { cohortLinksQuerySchema } from '#shared/schemas/cohorts.schema.ts'
import { type AppEnv, visibilityOf } from '../../lib/app-env.ts'
import { validate } from '../../lib/validate.ts'
import { findCohortParents, findCohortYearCounts } from '#server/cohorts/cohorts.repository.ts'
import { toCohortList } from '#server/cohorts/cohorts.mapper.ts'
import { referenceDate } from '#server/cohorts/placements.repository.ts'
import { findCohortLinks } from '#server/cohorts/cohort-links.repository.ts'
import { requireCohort } from '#server/cohorts/require-parent-unit.ts'
import { remembered } from '#server/lib/version-memo.ts'

/** GET /api/cohorts: every (parent, kind, block) with assessments, for the cohort picker. */
export const cohortRoutes = new Hono<AppEnv>()
  .get('/', async (c) => {
    const visibility = visibilityOf(c.var.user)
    const rows = await findCohortYearCounts(c.var.db, visibility)
    const parents = await findCohortParents(c.var.db, visibility)
    return c.json(toCohortList(rows, parents, referenceDate(undefined)), 200)
  })
  /**
   * GET /api/cohorts/links: the cohorts of the year before and after that a cohort-year's units,
   * or the units they were formed from or went into, were ranked in (ADR 071).
   */
  .get('/links', validate('query', cohortLinksQuerySchema), async (c) => {
    const query = c.req.valid('query')
    const visibility = visibilityOf(c.var.user)
    const { cohort } = await requireCohort(c.var.db, query, visibility, c.var.memo)
    const key = ['cohort-links', cohort.parentCode, cohort.kind, cohort.block, query.year]
    const found = await remembered(c.var.memo, [...key, visibility.includeDrafts], () =>
      findCohortLinks(c.var.db, cohort, query.year, visibility),
    )
    const toLink = (row: (typeof found.before)[number]) => ({
      parent: { code: row.parentCode, name: row.parentName },
      kind: row.kind as UnitKind,
      block: row.block === '' ? null : row.block,
      year: row.year,
      units: row.units,
    })
    const body: CohortLinks = {
      year: query.year,
      before: found.before.map(toLink),
      after: found.after.map(toLink),
    }
    return c.json(body, 200)
  })
