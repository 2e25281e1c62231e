import { queryOptions } from '@tanstack/react-query'
import type { RankHistory, Ranking, RankingSummary } from '#shared/dto/ranking.ts'
import {
  cohortQueryOf,
  getJson,
  pageQueryOf,
  type TablePageParams,
} from '#client/cohorts/api/cohort-read.ts'
import type { CohortParams } from '#client/lib/cohort-params.ts'
import type { RankingSortKey } from '../utils/ranking-sorts.ts'

/** A cohort-year: `block` null is the default cohort (no `cohort` in the request). */
export type RankingParams = CohortParams

/** The API's cohort query; the block only when there is one, so default cohorts keep their URL. */
export const cohortQuery = cohortQueryOf

/** A summary's reach: the top and bottom `ends` units, and the units asked for by code. */
export type EndsParams = { ends: number; focus: readonly string[] }

const codes = (focus: readonly string[]): Record<string, string> =>
  focus.length > 0 ? { focus: [...focus].sort().join(',') } : {}

export const rankingQueries = {
  all: () => ['rankings'] as const,
  lists: () => [...rankingQueries.all(), 'list'] as const,
  /** Every unit of a cohort-year: only for the compare page's few units' cohort, never a cohort page. */
  list: (params: RankingParams) =>
    queryOptions({
      queryKey: [...rankingQueries.lists(), params] as const,
      queryFn: () => getJson<Ranking>('/api/rankings', cohortQueryOf(params)),
    }),
  /** One page of the ranking, sorted and searched on the server. */
  page: (params: RankingParams, table: TablePageParams<RankingSortKey>) =>
    queryOptions({
      queryKey: [...rankingQueries.all(), 'page', params, table] as const,
      queryFn: () => getJson<Ranking>('/api/rankings', pageQueryOf(params, table)),
    }),
  /** The units whose names match `q` (at most `limit`), in rank order: a chart's ★ units. */
  search: (params: RankingParams, q: string, limit: number) =>
    queryOptions({
      queryKey: [...rankingQueries.all(), 'search', params, q, limit] as const,
      queryFn: () =>
        getJson<Ranking>(
          '/api/rankings',
          pageQueryOf(params, { sort: 'rank', dir: 'asc', q, page: 1 }, limit),
        ),
    }),
  /** The cohort-year in a few kilobytes: averages, grades, the ends of each order, the movers. */
  summary: (params: RankingParams, reach: EndsParams) =>
    queryOptions({
      queryKey: [
        ...rankingQueries.all(),
        'summary',
        params,
        reach.ends,
        [...reach.focus].sort(),
      ] as const,
      queryFn: () =>
        getJson<RankingSummary>('/api/rankings/summary', {
          ...cohortQueryOf(params),
          ends: String(reach.ends),
          ...codes(reach.focus),
        }),
    }),
  /** The ranks over the years of the top and bottom `ends` units of `year` and of `units`. */
  history: (params: RankingParams, reach: { ends: number; units: readonly string[] }) => {
    const units = [...reach.units].sort()
    return queryOptions({
      queryKey: [...rankingQueries.all(), 'history', params, reach.ends, units] as const,
      queryFn: () =>
        getJson<RankHistory>('/api/rankings/history', {
          ...cohortQueryOf(params),
          ends: String(reach.ends),
          ...(units.length > 0 ? { units: units.join(',') } : {}),
        }),
    })
  },
}
