import { queryOptions } from '@tanstack/react-query'
import type { AwardCohortSummary, AwardReport } from '#shared/dto/award.ts'
import {
  cohortQueryOf,
  getJson,
  pageQueryOf,
  type CohortYearParams,
  type TablePageParams,
} from '#client/features/cohorts/api/cohort-read.ts'
import type { AwardSortKey } from '../utils/award-sorts.ts'

/** A cohort-year: `block` null is the default cohort (no `cohort` in the request). */
export type AwardParams = CohortYearParams

export const awardQueries = {
  all: () => ['awards'] as const,
  /** One page of the cohort's award list, sorted and searched on the server. */
  page: (params: AwardParams, table: TablePageParams<AwardSortKey>, size?: number) =>
    queryOptions({
      queryKey: [...awardQueries.all(), 'page', params, table, size ?? null] as const,
      queryFn: () => getJson<AwardReport>('/api/awards', pageQueryOf(params, table, size)),
    }),
  /** The cohort-year's totals and the units with the most and fewest recipients. */
  /** The cohort-year in brief; `focus` (the reader's unit) is answered beside the ends. */
  summary: (params: AwardParams, ends: number, focus: readonly string[] = []) => {
    const codes = [...focus].sort()
    return queryOptions({
      // Without a focus the key is the one the page's first requests prefetch.
      queryKey: [
        ...awardQueries.all(),
        'summary',
        params,
        ends,
        ...(codes.length > 0 ? [codes] : []),
      ],
      queryFn: () =>
        getJson<AwardCohortSummary>('/api/awards/summary', {
          ...cohortQueryOf(params),
          ends: String(ends),
          ...(codes.length > 0 ? { focus: codes.join(',') } : {}),
        }),
    })
  },
}
