import { queryOptions } from '@tanstack/react-query'
import type { AwardCohortSummary, AwardReport } from '#shared/dto/award.ts'
import {
  cohortSummaryQuery,
  getJson,
  pageQueryOf,
  type TablePageParams,
} from '#client/cohorts/api/cohort-read.ts'
import type { CohortParams } from '#client/lib/cohort-params.ts'
import type { AwardSortKey } from '../utils/award-sorts.ts'

/** A cohort-year: `block` null is the default cohort (no `cohort` in the request). */
export type AwardParams = CohortParams

export const awardQueries = {
  all: () => ['awards'] as const,
  /** One page of the cohort's award list, sorted and searched on the server. */
  page: (params: AwardParams, table: TablePageParams<AwardSortKey>, size?: number) =>
    queryOptions({
      queryKey: [...awardQueries.all(), 'page', params, table, size ?? null] as const,
      queryFn: () => getJson<AwardReport>('/api/awards', pageQueryOf(params, table, size)),
    }),
  /**
   * The cohort-year's totals and the units with the most and fewest recipients,
   * and the reader's units (`focus`) beside them.
   */
  summary: (params: AwardParams, ends: number, focus: readonly string[] = []) =>
    cohortSummaryQuery<AwardCohortSummary>(
      awardQueries.all(),
      '/api/awards/summary',
      params,
      ends,
      focus,
    ),
}
