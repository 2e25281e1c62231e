import { Hono } from 'hono'
import { type AppEnv, visibilityOf } from '../../lib/app-env.ts'
import { findCohortParents, findCohortYearCounts } from '#server/cohorts/cohorts.repository.ts'
import { toCohortList } from '#server/cohorts/cohorts.mapper.ts'
import { referenceDate } from '#server/cohorts/placements.repository.ts'

/** GET /api/cohorts: every (parent, kind, block) with assessments, for the cohort picker. */
export const cohortRoutes = new Hono<AppEnv>().get('/', async (c) => {
  const visibility = visibilityOf(c.var.user)
  const rows = await findCohortYearCounts(c.var.db, visibility)
  const parents = await findCohortParents(c.var.db, visibility)
  return c.json(toCohortList(rows, parents, referenceDate(undefined)), 200)
})
