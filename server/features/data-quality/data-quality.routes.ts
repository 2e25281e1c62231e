import { Hono } from 'hono'
import { requireRole } from '#server/features/auth/require-role.ts'
import type { AppEnv } from '#server/lib/app-env.ts'
import { validate } from '#server/lib/validate.ts'
import { dataQualityQuerySchema } from '#shared/schemas/publications.schema.ts'
import { findDataQuality } from './data-quality.repository.ts'

export const dataQualityRoutes = new Hono<AppEnv>().get(
  '/',
  requireRole('EDITOR'),
  validate('query', dataQualityQuerySchema),
  async (c) => c.json(await findDataQuality(c.var.db, c.req.valid('query')), 200),
)
