import { Hono } from 'hono'
import { canSeeDrafts, type AppEnv } from '../../lib/app-env.ts'
import { findCohortYearCounts } from '#server/cohorts/cohorts.repository.ts'
import { toCohortList } from '#server/cohorts/cohorts.mapper.ts'
import { referenceDate } from '#server/cohorts/placements.repository.ts'

/** GET /api/cohorts: every (parent, kind, block) with assessments, for the cohort picker. */
export const cohortRoutes = new Hono<AppEnv>().get('/', async (c) => {
  const rows = await findCohortYearCounts(c.var.db, { includeDrafts: canSeeDrafts(c.var.user) })
  return c.json(toCohortList(rows, referenceDate(undefined)), 200)
})
