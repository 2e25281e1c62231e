import { createMiddleware } from 'hono/factory'
import type { Role } from '#shared/domain/roles.ts'
import type { AppEnv } from './app-env.ts'
import { apiError, type ApiErrorResponse } from './api-error.ts'

const RANK: Record<Role, number> = { VIEWER: 0, EDITOR: 1, ADMIN: 2 }

/**
 * 401 without a session, 403 when the user's role is below `minimum` (ADMIN ⊃ EDITOR ⊃ VIEWER),
 * returned so a route that lists this middleware declares both envelopes (ADR 027).
 */
export function requireRole(minimum: Role) {
  return createMiddleware<
    AppEnv,
    string,
    Record<never, never>,
    ApiErrorResponse<401> | ApiErrorResponse<403>
  >(async (c, next) => {
    const user = c.var.user
    if (!user) return apiError(c, 401, 'UNAUTHENTICATED', 'Sign in to continue')
    if (RANK[user.role] < RANK[minimum]) {
      return apiError(c, 403, 'FORBIDDEN', `This action needs the ${minimum} role`)
    }
    await next()
  })
}
