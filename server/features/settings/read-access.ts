import { createMiddleware } from 'hono/factory'
import type { Kysely } from 'kysely'
import type { ReadAccess } from '#shared/schemas/settings.schema.ts'
import type { Database } from '../../db/schema.ts'
import type { AppEnv } from '../../lib/app-env.ts'
import { AppError } from '../../lib/errors.ts'
import { getReadAccess } from './settings.repository.ts'

/** What an anonymous visitor may always reach: enough to sign in and to see why not. */
function isOpenPath(method: string, path: string): boolean {
  if (path === '/api/auth' || path.startsWith('/api/auth/')) return true
  if (method !== 'GET' && method !== 'HEAD') return false
  return path === '/api/health' || path === '/api/settings' || path === '/api/openapi.json'
}

// The setting is trusted for 100 ms per database handle, like the data version (ADR 007): a
// database read on every anonymous request cost a sixth of the server's CPU on cached reads.
// A change through this instance applies at once (forgetReadAccess); through another instance,
// within 100 ms.
const TRUST_MS = 100
const remembered = new WeakMap<object, { value: ReadAccess; until: number }>()

/** The setting as the guard trusts it now without reading it, or undefined when it would read. */
export function trustedReadAccess(db: Kysely<Database>, now = Date.now()): ReadAccess | undefined {
  const hit = remembered.get(db)
  return hit && hit.until > now ? hit.value : undefined
}

/**
 * Whether a visitor without a session may read, as the guard would decide without reading the
 * database: only while the setting is remembered as public (unknown is not).
 */
export function anonymousMayRead(db: Kysely<Database>): boolean {
  return trustedReadAccess(db) === 'public'
}

async function currentReadAccess(db: Kysely<Database>): Promise<ReadAccess> {
  const now = Date.now()
  const trusted = trustedReadAccess(db, now)
  if (trusted !== undefined) return trusted
  const value = await getReadAccess(db)
  remembered.set(db, { value, until: now + TRUST_MS })
  return value
}

/** Drops the remembered setting of this database handle (after an admin changed it). */
export function forgetReadAccess(db: Kysely<Database>): void {
  remembered.delete(db)
}

/** When read access is 'login', every other /api request needs a session. */
export const readAccessGuard = createMiddleware<AppEnv>(async (c, next) => {
  if (c.get('user') || isOpenPath(c.req.method, c.req.path)) return next()
  if ((await currentReadAccess(c.get('db'))) === 'login') {
    throw new AppError(401, 'UNAUTHENTICATED', 'Sign in to see this data')
  }
  await next()
})
