// Unknown routes and unknown methods answer with the error envelope: 404 when no route has the
// path, 405 with Allow when another method does (PUT /api/units, DELETE /api/health).
import type { Context } from 'hono'
import type { RouterRoute } from 'hono/types'
import { errorBody } from './errors.ts'

type Pattern = { regex: RegExp; method: string }

function toPattern(route: RouterRoute): Pattern {
  const source = route.path
    .split('/')
    .map((segment) => {
      if (segment === '*') return '.*'
      if (segment.startsWith(':')) return segment.endsWith('?') ? '[^/]*' : '[^/]+'
      return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    })
    .join('/')
  return { regex: new RegExp(`^${source}/?$`), method: route.method }
}

/** The notFound handler of an app whose routes are read once, on the first miss. */
export function notFoundOrNotAllowed(routes: () => RouterRoute[]) {
  let patterns: Pattern[] | undefined
  return (c: Context) => {
    patterns ??= routes()
      .filter((r) => r.method !== 'ALL')
      .map(toPattern)
    const methods = new Set(patterns.filter((p) => p.regex.test(c.req.path)).map((p) => p.method))
    if (methods.size === 0)
      return c.json(errorBody('NOT_FOUND', `No API route ${c.req.method} ${c.req.path}`), 404)
    if (methods.has('GET')) methods.add('HEAD')
    methods.add('OPTIONS')
    const allow = [...methods].sort().join(', ')
    if (c.req.method === 'OPTIONS') return c.body(null, 204, { Allow: allow })
    return c.json(
      errorBody('METHOD_NOT_ALLOWED', `${c.req.method} is not allowed on ${c.req.path}`, {
        allow: [...methods].sort(),
      }),
      405,
      { Allow: allow },
    )
  }
}
