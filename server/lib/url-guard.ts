// The URL itself is input: a path segment or query parameter holding U+0000 reached the
// database on routes that read it without a schema (a 500 on PostgreSQL). Refused here, for
// every route, with the parameter named.
import { createMiddleware } from 'hono/factory'
import { controlCharacterAt, describeCharacter } from '#shared/schemas/text.schema.ts'
import type { AppEnv } from './app-env.ts'
import { AppError } from './errors.ts'

function decode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '))
  } catch {
    return text
  }
}

function refuse(where: string, text: string, at: number): AppError {
  const message = `must not contain control characters (${describeCharacter(text, at)})`
  return new AppError(400, 'VALIDATION_FAILED', `Invalid ${where} ${message}`, [
    { path: where, message },
  ])
}

/**
 * Without a percent sign, decoding only turns `+` into a space, so a URL free of control
 * characters stays free of them: the common case, decided without splitting the URL.
 */
const MAY_HOLD_CONTROL = /[%\u0000-\u001F\u007F-\u009F]/

export const urlGuard = createMiddleware<AppEnv>(async (c, next) => {
  const url = c.req.url
  if (!MAY_HOLD_CONTROL.test(url)) return next()
  const queryStart = url.indexOf('?')
  const pathStart = url.indexOf('/', url.indexOf('//') + 2)
  const path = url.slice(pathStart, queryStart === -1 ? undefined : queryStart)
  for (const segment of path.split('/')) {
    const text = decode(segment)
    const at = controlCharacterAt(text, false)
    if (at !== -1) throw refuse('path', text, at)
  }
  if (queryStart !== -1) {
    for (const pair of url.slice(queryStart + 1).split('&')) {
      const eq = pair.indexOf('=')
      const name = decode(eq === -1 ? pair : pair.slice(0, eq))
      const value = eq === -1 ? '' : decode(pair.slice(eq + 1))
      const inName = controlCharacterAt(name, false)
      if (inName !== -1) throw refuse('query parameter name', name, inName)
      const inValue = controlCharacterAt(value, false)
      if (inValue !== -1) throw refuse(`query parameter: ${name.slice(0, 80)}`, value, inValue)
    }
  }
  await next()
})
