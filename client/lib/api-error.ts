import { z } from 'zod'
import { ERROR_CODES, type ErrorCode } from '#shared/errors.ts'

/** The one error type the client sees: the API envelope, or a network failure (status 0). */
export class ApiError extends Error {
  readonly status: number
  readonly code: ErrorCode | 'NETWORK'
  readonly details?: unknown

  constructor(status: number, code: ErrorCode | 'NETWORK', message: string, details?: unknown) {
    super(message)
    this.name = 'ApiError'
    this.status = status
    this.code = code
    this.details = details
  }
}

/**
 * The envelope read leniently: a code this client does not know (a newer server) still keeps the
 * server's message, as INTERNAL; a message that is not text falls back to the status.
 */
const LenientEnvelopeSchema = z.object({
  error: z.object({
    code: z.enum(ERROR_CODES).catch('INTERNAL'),
    message: z.string().optional().catch(undefined),
    details: z.unknown().optional(),
  }),
})

/** Reads `{ error: { code, message, details } }` out of a parsed body, tolerating anything else. */
export function apiErrorFromBody(status: number, body: unknown): ApiError {
  const parsed = LenientEnvelopeSchema.safeParse(body)
  if (parsed.success) {
    const { code, message, details } = parsed.data.error
    return new ApiError(status, code, message ?? `HTTP ${status}`, details)
  }
  return new ApiError(status, status >= 500 ? 'INTERNAL' : 'NOT_FOUND', `HTTP ${status}`)
}
