import { z } from 'zod'

/** Error codes of the one API error envelope (ADR 002). */
export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'IMPORT_INVALID',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'METHOD_NOT_ALLOWED',
  'CONFLICT',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'RATE_LIMITED',
  'HEADERS_TOO_LARGE',
  'INTERNAL',
  'DATABASE_UNAVAILABLE',
] as const
export type ErrorCode = (typeof ERROR_CODES)[number]

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
