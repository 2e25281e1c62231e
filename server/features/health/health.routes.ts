import { Hono } from 'hono'
import { sql } from 'kysely'
import type { AppEnv } from '../../lib/app-env.ts'
import { errorBody } from '../../lib/errors.ts'
import { logger } from '#server/log/logger.ts'

/** A database that has not answered `select 1` by then is as good as down. */
export const HEALTH_TIMEOUT_MS = 3000

export const healthRoutes = new Hono<AppEnv>().get('/', async (c) => {
  // A real round trip, so a load balancer sees a dead database as an unhealthy instance: 503
  // (take it out of rotation, try again) rather than 500. The pool reconnects by itself.
  let timer: NodeJS.Timeout | undefined
  try {
    await Promise.race([
      sql`select 1`.execute(c.var.db),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error('health check timed out')), HEALTH_TIMEOUT_MS)
      }),
    ])
  } catch (error) {
    logger.warn('health check failed', { error })
    return c.json(
      errorBody('DATABASE_UNAVAILABLE', 'The database is not answering', {
        database: c.var.dialect,
      }),
      503,
    )
  } finally {
    clearTimeout(timer)
  }
  return c.json({ status: 'ok' as const, database: c.var.dialect }, 200)
})
