import type { Context, TypedResponse } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type { ApiErrorBody } from '#shared/errors.ts'
import type { ErrorCode } from '#shared/error-codes.ts'
import { errorBody } from './errors.ts'

/** The envelope as a typed JSON response: what `hc` clients see for a route's error statuses. */
export type ApiErrorResponse<S extends ContentfulStatusCode> = Response &
  TypedResponse<ApiErrorBody, S, 'json'>

/**
 * Answers with the one error envelope (ADR 002) as a return, not a throw, so the status and body
 * join the route's declared responses (ADR 027). `onError` stays for what a handler cannot
 * decide: unexpected failures and errors thrown deep in services.
 */
export function apiError<S extends ContentfulStatusCode>(
  c: Context,
  status: S,
  code: ErrorCode,
  message: string,
  details?: unknown,
): ApiErrorResponse<S> {
  return c.json(errorBody(code, message, details), status) as ApiErrorResponse<S>
}
