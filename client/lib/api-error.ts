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

function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value)
}

/** Reads `{ error: { code, message, details } }` out of a parsed body, tolerating anything else. */
export function apiErrorFromBody(status: number, body: unknown): ApiError {
  const envelope =
    typeof body === 'object' && body !== null && 'error' in body
      ? (body as { error: unknown }).error
      : undefined
  if (typeof envelope === 'object' && envelope !== null) {
    const { code, message, details } = envelope as Record<string, unknown>
    return new ApiError(
      status,
      isErrorCode(code) ? code : 'INTERNAL',
      typeof message === 'string' ? message : `HTTP ${status}`,
      details,
    )
  }
  return new ApiError(status, status >= 500 ? 'INTERNAL' : 'NOT_FOUND', `HTTP ${status}`)
}
