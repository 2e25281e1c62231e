import { queryOptions } from '@tanstack/react-query'
import type { UnitKind } from '#shared/domain/units.ts'
import { api, request } from '#client/lib/api-client.ts'

/** A cohort-year: `block` null is the default cohort (no `cohort` in the request). */
export type RankingParams = { parent: string; kind: UnitKind; block: string | null; year: number }

/** The API's cohort query; the block only when there is one, so default cohorts keep their URL. */
export function cohortQuery(params: RankingParams) {
  return {
    parent: params.parent,
    kind: params.kind,
    ...(params.block ? { cohort: params.block } : {}),
    year: String(params.year),
  }
}

export const rankingQueries = {
  all: () => ['rankings'] as const,
  lists: () => [...rankingQueries.all(), 'list'] as const,
  list: (params: RankingParams) =>
    queryOptions({
      queryKey: [...rankingQueries.lists(), params] as const,
      queryFn: () => request(api.rankings.$get({ query: cohortQuery(params) })),
    }),
  /** Every unit's rank in each of the cohort's years up to `year`: one request for a bump chart. */
  history: (params: RankingParams) =>
    queryOptions({
      queryKey: [...rankingQueries.all(), 'history', params] as const,
      queryFn: () => request(api.rankings.history.$get({ query: cohortQuery(params) })),
    }),
}
