import { queryOptions } from '@tanstack/react-query'
import { api, request } from '#client/lib/api-client.ts'

export const compareQueries = {
  all: () => ['compare'] as const,
  detail: (units: string[]) =>
    queryOptions({
      queryKey: [...compareQueries.all(), 'detail', { units }] as const,
      queryFn: () => request(api.compare.$get({ query: { units: units.join(',') } })),
    }),
}
