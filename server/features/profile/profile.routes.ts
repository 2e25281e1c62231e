import { Hono } from 'hono'
import { profileParamSchema } from '#shared/schemas/profile.schema.ts'
import { type AppEnv, visibilityOf } from '../../lib/app-env.ts'
import { apiError } from '../../lib/api-error.ts'
import { validate } from '../../lib/validate.ts'
import { findUnitRow } from '#server/cohorts/cohorts.repository.ts'
import { loadProfile } from './profile.repository.ts'
import { toUnitProfile } from './profile.mapper.ts'

/** GET /api/units/:code/profile (mounted under /units). */
export const profileRoutes = new Hono<AppEnv>().get(
  '/:code/profile',
  validate('param', profileParamSchema),
  async (c) => {
    const { code } = c.req.valid('param')
    const unit = await findUnitRow(c.var.db, code)
    if (!unit) return apiError(c, 404, 'NOT_FOUND', `Unknown unit ${code}`)
    const parts = await loadProfile(c.var.db, unit, visibilityOf(c.var.user))
    return c.json(toUnitProfile(unit, parts), 200)
  },
)
