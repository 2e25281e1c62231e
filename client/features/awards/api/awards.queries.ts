import { queryOptions } from '@tanstack/react-query'
import type { UnitKind } from '#shared/domain/units.ts'
import { api, request } from '#client/lib/api-client.ts'

export type AwardParams = { parent: string; kind: UnitKind; year: number }

export const awardQueries = {
  all: () => ['awards'] as const,
  lists: () => [...awardQueries.all(), 'list'] as const,
  list: (params: AwardParams) =>
    queryOptions({
      queryKey: [...awardQueries.lists(), params] as const,
      queryFn: () =>
        request(api.awards.$get({ query: { parent: params.parent, kind: params.kind, year: String(params.year) } })),
    }),
}
