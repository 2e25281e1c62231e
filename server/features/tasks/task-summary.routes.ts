import { Hono } from 'hono'
import { taskSummaryQuerySchema } from '#shared/schemas/tasks.schema.ts'
import type { AppEnv } from '../../lib/app-env.ts'
import { validate } from '../../lib/validate.ts'
import { taskCohortSummary } from './task-summary.ts'

/** GET /api/tasks/summary: a cohort-year's tasks at any size (task-summary.ts). */
export const taskSummaryRoutes = new Hono<AppEnv>().get(
  '/',
  validate('query', taskSummaryQuerySchema),
  async (c) => c.json(await taskCohortSummary(c.var.db, c.req.valid('query'), c.var.memo), 200),
)
