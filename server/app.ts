import { Hono } from 'hono'
import type { Kysely } from 'kysely'
import { dialectOf } from './db/create-db.ts'
import type { Database } from './db/schema.ts'
import type { AppEnv } from './lib/app-env.ts'
import { errorBody, handleError } from './lib/errors.ts'
import { healthRoutes } from './features/health/health.routes.ts'

export type AppOptions = {
  /** Origins allowed for state-changing requests besides the request's own. */
  trustedOrigins?: string[]
}

/** The API: every route under /api, one error envelope. Tests call this with their own db. */
export function createApp(db: Kysely<Database>, _options: AppOptions = {}) {
  const dialect = dialectOf(db)
  return new Hono<AppEnv>()
    .basePath('/api')
    .use(async (c, next) => {
      c.set('db', db)
      c.set('dialect', dialect)
      c.set('user', null)
      await next()
    })
    .route('/health', healthRoutes)
    .notFound((c) => c.json(errorBody('NOT_FOUND', `No API route ${c.req.method} ${c.req.path}`), 404))
    .onError(handleError)
}

export type App = ReturnType<typeof createApp>
export type AppType = App
