import type { Context } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type { ImportRejection, ImportReport } from '#shared/dto/import.ts'
import type { ApiErrorBody } from '#shared/errors.ts'
import type { ErrorCode } from '#shared/error-codes.ts'
import { logger } from '#server/log/logger.ts'

/** An error the API answers with its own status and code (ADR 002). */
export class AppError extends Error {
  readonly status: ContentfulStatusCode
  readonly code: ErrorCode
  readonly details?: unknown

  constructor(status: ContentfulStatusCode, code: ErrorCode, message: string, details?: unknown) {
    super(message)
    this.name = 'AppError'
    this.status = status
    this.code = code
    this.details = details
  }
}

/**
 * A file refused as a whole (422 IMPORT_INVALID): its typed report, which the import route answers
 * through c.json so the body is part of the route's type (ADR 027); `details` keeps it for onError.
 */
export class ImportRejectedError extends AppError {
  readonly report: ImportReport

  constructor(message: string, report: ImportReport) {
    super(422, 'IMPORT_INVALID', message, report)
    this.name = 'ImportRejectedError'
    this.report = report
  }

  /** The 422 body: the one envelope with the report beside it (ADR 002). */
  body(): ImportRejection {
    return { error: { code: 'IMPORT_INVALID', message: this.message }, ...this.report }
  }
}

export function notFound(message: string, details?: unknown): AppError {
  return new AppError(404, 'NOT_FOUND', message, details)
}

export function badRequest(message: string, details?: unknown): AppError {
  return new AppError(400, 'VALIDATION_FAILED', message, details)
}

const CODE_BY_STATUS: Partial<Record<number, ErrorCode>> = {
  400: 'VALIDATION_FAILED',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  422: 'IMPORT_INVALID',
  429: 'RATE_LIMITED',
}

export function errorBody(code: ErrorCode, message: string, details?: unknown): ApiErrorBody {
  return { error: details === undefined ? { code, message } : { code, message, details } }
}

/** The one onError: AppError → its status; HTTPException → its status; anything else → logged 500. */
export function handleError(error: Error, c: Context) {
  if (error instanceof AppError) {
    return c.json(errorBody(error.code, error.message, error.details), error.status)
  }
  if (error instanceof HTTPException) {
    const code = CODE_BY_STATUS[error.status] ?? 'INTERNAL'
    return c.json(errorBody(code, error.message || 'Request failed'), error.status)
  }
  if (isDatabaseUnavailable(error)) {
    logger.warn('database unavailable', { path: c.req.path, method: c.req.method, error })
    return c.json(errorBody('DATABASE_UNAVAILABLE', 'The database is unavailable; try again'), 503)
  }
  logger.error('unhandled error', { path: c.req.path, method: c.req.method, error })
  return c.json(errorBody('INTERNAL', 'Internal server error'), 500)
}

// Connection failures (Node socket codes), PostgreSQL's connection and shutdown classes (08,
// 57P01–57P03), a database that does not exist (3D000), SQLite unable to open or busy.
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EPIPE',
  '57P01',
  '57P02',
  '57P03',
  '3D000',
  'SQLITE_CANTOPEN',
  'SQLITE_BUSY',
])

/** The database could not be reached (an outage, not a bug): 503, which balancers understand. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code
  // SQLite's busy codes come extended: SQLITE_BUSY_SNAPSHOT, SQLITE_BUSY_RECOVERY, …
  if (
    typeof code === 'string' &&
    (UNAVAILABLE_CODES.has(code) || code.startsWith('08') || code.startsWith('SQLITE_BUSY_'))
  )
    return true
  const message = error instanceof Error ? error.message : ''
  return /Connection terminated|timeout exceeded when trying to connect|Cannot use a pool after calling end/i.test(
    message,
  )
}
