import { createMiddleware } from 'hono/factory'
import type { Role } from '#shared/domain/roles.ts'
import type { AppEnv } from '../../lib/app-env.ts'
import { AppError } from '../../lib/errors.ts'

const RANK: Record<Role, number> = { VIEWER: 0, EDITOR: 1, ADMIN: 2 }

/** 401 without a session, 403 when the user's role is below `minimum` (ADMIN ⊃ EDITOR ⊃ VIEWER). */
export function requireRole(minimum: Role) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const user = c.var.user
    if (!user) throw new AppError(401, 'UNAUTHENTICATED', 'Sign in to continue')
    if (RANK[user.role] < RANK[minimum]) {
      throw new AppError(403, 'FORBIDDEN', `This action needs the ${minimum} role`)
    }
    await next()
  })
}
