import { ERROR_CODES, type ErrorCode } from '#shared/error-codes.ts'

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

const KNOWN_CODES: ReadonlySet<unknown> = new Set(ERROR_CODES)
const isErrorCode = (value: unknown): value is ErrorCode => KNOWN_CODES.has(value)

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Reads `{ error: { code, message, details } }` out of a parsed body, tolerating anything else:
 * a code this client does not know (a newer server) still keeps the server's message, as
 * INTERNAL; a message that is not text falls back to the status. Read by hand, not with the
 * envelope's zod schema, so that no page loads zod to read an error (ADR 042).
 */
export function apiErrorFromBody(status: number, body: unknown): ApiError {
  const envelope = isObject(body) ? body.error : undefined
  if (isObject(envelope)) {
    const { code, message, details } = envelope
    return new ApiError(
      status,
      isErrorCode(code) ? code : 'INTERNAL',
      typeof message === 'string' ? message : `HTTP ${status}`,
      details,
    )
  }
  return new ApiError(status, status >= 500 ? 'INTERNAL' : 'NOT_FOUND', `HTTP ${status}`)
}
