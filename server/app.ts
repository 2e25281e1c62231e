import { Hono } from 'hono'
import type { RouterRoute } from 'hono/types'
import type { Kysely } from 'kysely'
import { dialectOf } from './db/create-db.ts'
import type { Database } from './db/schema.ts'
import type { AppEnv } from './lib/app-env.ts'
import { handleError } from './lib/errors.ts'
import { healthRoutes } from './features/health/health.routes.ts'
import { auditRoutes } from './features/audit/audit.routes.ts'
import { authRoutes } from './features/auth/auth.routes.ts'
import { anonymousMayRead, readAccessGuard } from './features/settings/read-access.ts'
import { settingsRoutes } from './features/settings/settings.routes.ts'
import { userRoutes } from './features/users/users.routes.ts'
import { cohortRoutes } from './features/cohorts/cohorts.routes.ts'
import { rankingRoutes } from './features/rankings/rankings.routes.ts'
import { unitRoutes } from './features/units/units.routes.ts'
import { profileRoutes } from './features/profile/profile.routes.ts'
import { summaryRoutes } from './features/summary/summary.routes.ts'
import { taskRoutes } from './features/tasks/tasks.routes.ts'
import { awardRoutes } from './features/awards/awards.routes.ts'
import { compareRoutes } from './features/compare/compare.routes.ts'
import { scorecardRoutes } from './features/scorecard/scorecard.routes.ts'
import { openApiRoutes } from './features/openapi/openapi.routes.ts'
import { importRoutes } from './features/imports/imports.routes.ts'
import { publicationRoutes } from './features/publications/publications.routes.ts'
import { dataQualityRoutes } from './features/data-quality/data-quality.routes.ts'
import { schemeRoutes } from './features/schemes/schemes.routes.ts'
import { clientAddressResolver, parseTrustedProxies } from './lib/client-address.ts'
import { csrfProtection } from './lib/csrf.ts'
import { type HttpCache, httpCache } from './lib/http-cache.ts'
import { bodyLimits } from './lib/body-limit.ts'
import { notFoundOrNotAllowed } from './lib/method-not-allowed.ts'
import { urlGuard } from './lib/url-guard.ts'
import { MAX_UPLOAD_BYTES } from './features/imports/import-request.ts'
import { DEFAULT_SESSION_TTL_HOURS, sessionMiddleware } from './lib/session.ts'

export type AppOptions = {
  /** Origins allowed for state-changing requests besides the request's own. */
  trustedOrigins?: string[]
  /** Session lifetime; defaults to SESSION_TTL_HOURS (validated by server/env.ts) or 12. */
  sessionTtlHours?: number
  /** Proxies whose X-Forwarded-For is believed (TRUSTED_PROXIES, see lib/client-address.ts). */
  trustedProxies?: string
  /** The response cache; the server entry passes its own to answer repeat reads ahead of the app. */
  cache?: HttpCache
}

/** The API: every route under /api, one error envelope. Tests call this with their own db. */
export function createApp(db: Kysely<Database>, options: AppOptions = {}) {
  const dialect = dialectOf(db)
  const sessionTtlHours =
    options.sessionTtlHours ?? (Number(process.env.SESSION_TTL_HOURS) || DEFAULT_SESSION_TTL_HOURS)
  const clientAddress = clientAddressResolver(parseTrustedProxies(options.trustedProxies))
  // Read by the notFound handler (405 when another method has the path), set once built.
  const known: { routes: RouterRoute[] } = { routes: [] }
  const cache = options.cache ?? httpCache()
  const app = new Hono<AppEnv>()
    .basePath('/api')
    .use(async (c, next) => {
      c.set('db', db)
      c.set('dialect', dialect)
      c.set('memo', null)
      await next()
    })
    // A repeat read by a visitor without a cookie, answered from memory before the checks below:
    // it passed them when the cache first saw it (lib/http-cache.ts, anonymousHit).
    .use(cache.anonymousHit(anonymousMayRead))
    // Input bounds first: nothing below reads a body or a parameter before these pass.
    .use(
      bodyLimits([
        { method: 'POST', path: /^\/api\/imports\/?$/, maxSize: MAX_UPLOAD_BYTES },
        // A scheme with its criteria: tens of fields, each with a few criteria.
        { method: 'PUT', path: /^\/api\/schemes\/[^/]+\/?$/, maxSize: 512 * 1024 },
      ]),
    )
    .use(urlGuard)
    .use(csrfProtection(options.trustedOrigins))
    .use(sessionMiddleware)
    .use(readAccessGuard)
    .use(cache)
    .route('/health', healthRoutes)
    .route('/auth', authRoutes(sessionTtlHours, clientAddress))
    .route('/users', userRoutes)
    .route('/audit', auditRoutes)
    .route('/settings', settingsRoutes)
    .route('/units', unitRoutes)
    .route('/cohorts', cohortRoutes)
    .route('/rankings', rankingRoutes)
    .route('/units', profileRoutes)
    .route('/units', summaryRoutes)
    .route('/tasks', taskRoutes)
    .route('/awards', awardRoutes)
    .route('/compare', compareRoutes)
    .route('/scorecard', scorecardRoutes)
    .route('/openapi.json', openApiRoutes)
    .route('/imports', importRoutes)
    .route('/publications', publicationRoutes)
    .route('/data-quality', dataQualityRoutes)
    .route('/schemes', schemeRoutes)
    .notFound(notFoundOrNotAllowed(() => known.routes))
    .onError(handleError)
  known.routes = app.routes
  return app
}

export type App = ReturnType<typeof createApp>
export type AppType = App
