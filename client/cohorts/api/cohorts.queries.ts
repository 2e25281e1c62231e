import { queryOptions } from '@tanstack/react-query'
import type { CohortLinks } from '#shared/dto/cohort.ts'
import { api, request } from '#client/lib/api-client.ts'
import type { CohortParams } from '#client/lib/cohort-params.ts'
import { cohortQueryOf, getJson } from './cohort-read.ts'

export const cohortQueries = {
  all: () => ['cohorts'] as const,
  list: () =>
    queryOptions({
      queryKey: [...cohortQueries.all(), 'list'] as const,
      queryFn: () => request(api.cohorts.$get()),
    }),
  /** The cohorts of the year before and after that the cohort-year's units came from and went to. */
  links: (params: CohortParams) =>
    queryOptions({
      queryKey: [...cohortQueries.all(), 'links', params] as const,
      queryFn: () => getJson<CohortLinks>('/api/cohorts/links', cohortQueryOf(params)),
    }),
}
