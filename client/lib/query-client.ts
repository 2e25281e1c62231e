import { QueryClient } from '@tanstack/react-query'
import { ApiError } from './api-error.ts'

declare module '@tanstack/react-query' {
  interface Register {
    defaultError: ApiError
  }
}

/** Shared freshness: published results change once a year, drafts a few times a day. */
export const DEFAULT_STALE_TIME = 5 * 60_000

/** A read answered 409 CONFLICT: the data changed while it was read, and asking again reads it whole. */
export function changedWhileRead(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'CONFLICT'
}

/**
 * A 4xx is the caller's fault: retrying cannot help, but for a read the data changed under (409
 * CONFLICT: an import committed while a whole list was read), which is asked once again. Network
 * and 5xx errors get two retries.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (changedWhileRead(error)) return failureCount < 1
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false
  return failureCount < 2
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: DEFAULT_STALE_TIME, retry: shouldRetry, refetchOnWindowFocus: false },
    },
  })
}
