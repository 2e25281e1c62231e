// Request bodies are bounded on every route before anything parses them: small for JSON, the
// upload limit for imports. hono/body-limit trusts Content-Length when it is the only framing
// and otherwise counts a chunked body as it arrives, stopping at the limit.
import { bodyLimit } from 'hono/body-limit'
import { createMiddleware } from 'hono/factory'
import type { AppEnv } from './app-env.ts'
import { AppError } from './errors.ts'

/** A JSON body: a login, a user, a setting, a publication (the largest scheme is a few KB). */
export const JSON_BODY_LIMIT = 64 * 1024

/** A larger limit for requests whose method and path match. */
export type BodyLimitRule = { method: string; path: RegExp; maxSize: number }

function limitMiddleware(maxSize: number) {
  const human = maxSize >= 1024 * 1024 ? `${maxSize / 1024 / 1024} MB` : `${maxSize / 1024} KB`
  return bodyLimit({
    maxSize,
    onError: () => {
      throw new AppError(413, 'PAYLOAD_TOO_LARGE', `Request bodies here are limited to ${human}`)
    },
  })
}

/** One limit per request: the first rule that matches, else JSON_BODY_LIMIT. */
export function bodyLimits(rules: BodyLimitRule[] = [], fallback = JSON_BODY_LIMIT) {
  const byRule = rules.map((rule) => ({ ...rule, limit: limitMiddleware(rule.maxSize) }))
  const defaultLimit = limitMiddleware(fallback)
  return createMiddleware<AppEnv>(async (c, next) => {
    // GET and HEAD carry no body (the Node adapter attaches none), and asking for one builds
    // the full fetch Request: a tenth of a cached read's CPU.
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next()
    const rule = byRule.find((r) => r.method === c.req.method && r.path.test(c.req.path))
    return (rule?.limit ?? defaultLimit)(c, next)
  })
}
