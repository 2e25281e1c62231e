// The codes apart from the envelope's schema (errors.ts): the browser reads them on every page,
// and importing them must not build zod schemas there (ADR 042).

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
