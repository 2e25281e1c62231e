import { createMiddleware } from 'hono/factory'
import type { AppEnv } from '../../lib/app-env.ts'
import { AppError } from '../../lib/errors.ts'
import { getReadAccess } from './settings.repository.ts'

/** What an anonymous visitor may always reach: enough to sign in and to see why not. */
function isOpenPath(method: string, path: string): boolean {
  if (path === '/api/auth' || path.startsWith('/api/auth/')) return true
  if (method !== 'GET' && method !== 'HEAD') return false
  return path === '/api/health' || path === '/api/settings' || path === '/api/openapi.json'
}

/**
 * When read access is 'login', every other /api request needs a session. The setting is read
 * from the database on each anonymous request (no process cache: instances share one database).
 */
export const readAccessGuard = createMiddleware<AppEnv>(async (c, next) => {
  if (c.var.user || isOpenPath(c.req.method, c.req.path)) return next()
  if ((await getReadAccess(c.var.db)) === 'login') {
    throw new AppError(401, 'UNAUTHENTICATED', 'Sign in to see this data')
  }
  await next()
})
