import { queryOptions } from '@tanstack/react-query'
import type { UnitKind } from '#shared/domain/units.ts'
import { api, request } from '#client/lib/api-client.ts'

export type RankingParams = { parent: string; kind: UnitKind; year: number }

export const rankingQueries = {
  all: () => ['rankings'] as const,
  lists: () => [...rankingQueries.all(), 'list'] as const,
  list: (params: RankingParams) =>
    queryOptions({
      queryKey: [...rankingQueries.lists(), params] as const,
      queryFn: () =>
        request(
          api.rankings.$get({
            query: { parent: params.parent, kind: params.kind, year: String(params.year) },
          }),
        ),
    }),
  /** Every unit's rank in each of the cohort's years up to `year`: one request for a bump chart. */
  history: (params: RankingParams) =>
    queryOptions({
      queryKey: [...rankingQueries.all(), 'history', params] as const,
      queryFn: () =>
        request(
          api.rankings.history.$get({
            query: { parent: params.parent, kind: params.kind, year: String(params.year) },
          }),
        ),
    }),
}
