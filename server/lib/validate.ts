import { zValidator } from '@hono/zod-validator'
import type { ValidationTargets } from 'hono'
import type { ZodType } from 'zod'
import { findControlCharacter } from '#shared/schemas/text.schema.ts'
import { apiError } from './api-error.ts'

/**
 * zValidator that answers with the one error envelope, returned so it is part of the route's type
 * (ADR 027): 400 VALIDATION_FAILED, a message naming the
 * offending parameters, and the zod issues as details. What passes is also searched for control
 * characters (U+0000 and the like, shared/schemas/text.schema.ts), whatever the schema says:
 * nothing that reaches a query or the database may hold one.
 */
export function validate<Target extends keyof ValidationTargets, Schema extends ZodType>(
  target: Target,
  schema: Schema,
) {
  return zValidator(target, schema, (result, c) => {
    if (!result.success) {
      const issues = result.error.issues.map((issue) => ({
        path: issue.path.join('.'),
        message: issue.message,
      }))
      const names = [...new Set(issues.map((i) => i.path || target))].join(', ')
      return apiError(c, 400, 'VALIDATION_FAILED', `Invalid ${target} parameter: ${names}`, issues)
    }
    const found = findControlCharacter(result.data)
    if (found) {
      const path = found.path.join('.')
      const message = `must not contain control characters (${found.char})`
      return apiError(
        c,
        400,
        'VALIDATION_FAILED',
        `Invalid ${target} parameter: ${path || target} ${message}`,
        [{ path, message }],
      )
    }
  })
}
