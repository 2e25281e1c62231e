import { queryOptions } from '@tanstack/react-query'
import { api, request } from '#client/lib/api-client.ts'

export const cohortQueries = {
  all: () => ['cohorts'] as const,
  list: () =>
    queryOptions({
      queryKey: [...cohortQueries.all(), 'list'] as const,
      queryFn: () => request(api.cohorts.$get()),
    }),
}
