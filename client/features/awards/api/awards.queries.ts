import { queryOptions } from '@tanstack/react-query'
import type { UnitKind } from '#shared/domain/units.ts'
import { api, request } from '#client/lib/api-client.ts'

/** A cohort-year: `block` null is the default cohort (no `cohort` in the request). */
export type AwardParams = { parent: string; kind: UnitKind; block: string | null; year: number }

export const awardQueries = {
  all: () => ['awards'] as const,
  lists: () => [...awardQueries.all(), 'list'] as const,
  list: (params: AwardParams) =>
    queryOptions({
      queryKey: [...awardQueries.lists(), params] as const,
      queryFn: () =>
        request(
          api.awards.$get({
            query: {
              parent: params.parent,
              kind: params.kind,
              ...(params.block ? { cohort: params.block } : {}),
              year: String(params.year),
            },
          }),
        ),
    }),
}
