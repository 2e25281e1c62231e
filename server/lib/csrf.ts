// Cross-site request forgery: every state-changing request must name its origin, and that
// origin must be this server's own or one the operator trusts (ADR 005). Browsers always send
// Origin on cross-origin and on same-origin non-GET fetches, so a missing header is refused too.
import { createMiddleware } from 'hono/factory'
import type { AppEnv } from './app-env.ts'
import { AppError } from './errors.ts'

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/** Lower-cased scheme://host[:port], or null for anything that is not an http(s) origin. */
export function normaliseOrigin(value: string): string | null {
  try {
    const url = new URL(value)
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null
    return url.origin
  } catch {
    return null
  }
}

/**
 * The request's own origin is scheme+host of the URL the server saw. X-Forwarded-Host is not
 * honoured (a client could forge it); behind a proxy that rewrites Host, list the public origin
 * in TRUSTED_ORIGINS.
 */
export function csrfProtection(trustedOrigins: readonly string[] = []) {
  const trusted = new Set(
    trustedOrigins.map(normaliseOrigin).filter((o): o is string => o !== null),
  )
  return createMiddleware<AppEnv>(async (c, next) => {
    if (SAFE_METHODS.has(c.req.method)) return next()
    const origin = c.req.header('origin')
    if (!origin) {
      throw new AppError(
        403,
        'FORBIDDEN',
        'Missing Origin header: state-changing requests must come from this site',
      )
    }
    const normalised = normaliseOrigin(origin)
    const own = new URL(c.req.url).origin
    if (normalised === null || (normalised !== own && !trusted.has(normalised))) {
      throw new AppError(
        403,
        'FORBIDDEN',
        `Cross-origin request refused: origin ${origin} is not allowed`,
      )
    }
    await next()
  })
}
