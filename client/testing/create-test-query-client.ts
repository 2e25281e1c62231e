import { QueryClient } from '@tanstack/react-query'

/** A fresh client per test: no retries, no cache shared between tests (TanStack testing guide). */
export function createTestQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } })
}
