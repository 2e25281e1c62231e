import { zValidator } from '@hono/zod-validator'
import type { ValidationTargets } from 'hono'
import type { ZodType } from 'zod'
import { AppError } from './errors.ts'

/**
 * zValidator that throws the one error envelope: 400 VALIDATION_FAILED, a message naming the
 * offending parameters, and the zod issues as details.
 */
export function validate<Target extends keyof ValidationTargets, Schema extends ZodType>(
  target: Target,
  schema: Schema,
) {
  return zValidator(target, schema, (result) => {
    if (!result.success) {
      const issues = result.error.issues.map((issue) => ({
        path: issue.path.join('.'),
        message: issue.message,
      }))
      const names = [...new Set(issues.map((i) => i.path || target))].join(', ')
      throw new AppError(400, 'VALIDATION_FAILED', `Invalid ${target} parameter: ${names}`, issues)
    }
  })
}
