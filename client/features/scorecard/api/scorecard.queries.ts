import { queryOptions } from '@tanstack/react-query'
import type { Scorecard } from '#shared/dto/scorecard.ts'
import { getJson, pageQueryOf, type TablePageParams } from '#client/cohorts/api/cohort-read.ts'
import type { CohortParams } from '#client/lib/cohort-params.ts'
import type { ScorecardSortKey } from '../utils/scorecard-sorts.ts'

export const scorecardQueries = {
  all: () => ['scorecard'] as const,
  /** One page of the scorecard, sorted and searched on the server, with the cohort's best and median. */
  page: (params: CohortParams, table: TablePageParams<ScorecardSortKey>) =>
    queryOptions({
      queryKey: [...scorecardQueries.all(), 'page', params, table] as const,
      queryFn: () => getJson<Scorecard>('/api/scorecard', pageQueryOf(params, table)),
    }),
}
