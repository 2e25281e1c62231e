import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query'
import type { CreateUserInput, UpdateUserInput } from '#shared/schemas/users.schema.ts'
import type { UpdateSettingsInput } from '#shared/schemas/settings.schema.ts'
import { api, request } from '#client/lib/api-client.ts'

export type AuditFilter = { entity?: string; batch?: string }

const AUDIT_PAGE = 25

export const adminQueries = {
  all: () => ['admin'] as const,
  users: () =>
    queryOptions({
      queryKey: [...adminQueries.all(), 'users'] as const,
      queryFn: () => request(api.users.$get()),
      staleTime: 0,
    }),
  settings: () =>
    queryOptions({
      queryKey: [...adminQueries.all(), 'settings'] as const,
      queryFn: () => request(api.settings.$get()),
      staleTime: 0,
    }),
  audits: () => [...adminQueries.all(), 'audit'] as const,
  audit: (filter: AuditFilter) =>
    infiniteQueryOptions({
      queryKey: [...adminQueries.audits(), filter] as const,
      queryFn: ({ pageParam }) =>
        request(
          api.audit.$get({
            query: {
              limit: String(AUDIT_PAGE),
              ...(pageParam ? { before: pageParam } : {}),
              ...(filter.entity ? { entity: filter.entity } : {}),
              ...(filter.batch ? { batch: filter.batch } : {}),
            },
          }),
        ),
      initialPageParam: '',
      getNextPageParam: (last) => last.nextCursor ?? undefined,
      staleTime: 0,
    }),
}

export function createUser(input: CreateUserInput) {
  return request(api.users.$post({ json: input }))
}

export function updateUser(id: string, input: UpdateUserInput) {
  return request(api.users[':id'].$patch({ param: { id }, json: input }))
}

/** Lifts the sign-in throttle on the account (its failed attempts from every address). */
export function unlockLogin(id: string) {
  return request(api.users[':id']['login-lock'].$delete({ param: { id } }))
}

export function updateSettings(input: UpdateSettingsInput) {
  return request(api.settings.$put({ json: input }))
}
