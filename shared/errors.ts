import { z } from 'zod'
import { ERROR_CODES } from './error-codes.ts'

/** `{ error: { code, message, details? } }`: every non-2xx answer (ADR 002). */
export const ApiErrorBodySchema = z.object({
  error: z.object({
    code: z.enum(ERROR_CODES),
    /** For people; clients switch on `code`. */
    message: z.string(),
    /** Structured context: zod issues, import row errors, candidates for an ambiguous name. */
    details: z.unknown().optional(),
  }),
})
export type ApiErrorBody = z.infer<typeof ApiErrorBodySchema>
