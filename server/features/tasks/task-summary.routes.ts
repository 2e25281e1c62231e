import { Hono } from 'hono'
import { taskSummaryQuerySchema } from '#shared/schemas/tasks.schema.ts'
import { type AppEnv, visibilityOf } from '../../lib/app-env.ts'
import { validate } from '../../lib/validate.ts'
import { taskCohortSummary } from './task-summary.ts'

/** GET /api/tasks/summary: a cohort-year's tasks at any size (task-summary.ts). */
export const taskSummaryRoutes = new Hono<AppEnv>().get(
  '/',
  validate('query', taskSummaryQuerySchema),
  async (c) => {
    const visibility = visibilityOf(c.var.user)
    const query = c.req.valid('query')
    return c.json(await taskCohortSummary(c.var.db, query, visibility, c.var.memo), 200)
  },
)
