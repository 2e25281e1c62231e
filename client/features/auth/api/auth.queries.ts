import { queryOptions } from '@tanstack/react-query'
import type { LoginInput } from '#shared/schemas/auth.schema.ts'
import { api, request } from '#client/lib/api-client.ts'
import { ApiError } from '#client/lib/api-error.ts'

export const authQueries = {
  all: () => ['auth'] as const,
  me: () =>
    queryOptions({
      queryKey: [...authQueries.all(), 'me'] as const,
      queryFn: () => request(api.auth.me.$get()),
      staleTime: 60_000,
    }),
  /** Whether anonymous visitors may read (GET /api/settings is always public). */
  readAccess: () =>
    queryOptions({
      queryKey: [...authQueries.all(), 'read-access'] as const,
      queryFn: () => request(api.settings.$get()),
      staleTime: 60_000,
    }),
}

/** Details of a RATE_LIMITED login error: the server's Retry-After, in seconds. */
export type RateLimitDetails = { retryAfter: number | null }

/** Signs in. A 429 keeps the Retry-After header in `details.retryAfter` (request() drops headers). */
export async function login(input: LoginInput) {
  let retryAfter: number | null = null
  const call = api.auth.login.$post({ json: input }).then((response) => {
    retryAfter = Number(response.headers.get('Retry-After')) || null
    return response
  })
  try {
    return await request(call)
  } catch (error) {
    if (error instanceof ApiError && error.code === 'RATE_LIMITED') {
      const details: RateLimitDetails = { retryAfter }
      throw new ApiError(error.status, error.code, error.message, details)
    }
    throw error
  }
}

export async function logout() {
  const response = await api.auth.logout.$post()
  if (!response.ok) throw new ApiError(response.status, 'INTERNAL', `HTTP ${response.status}`)
}
