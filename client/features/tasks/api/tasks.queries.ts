import { queryOptions } from '@tanstack/react-query'
import type { UnitKind } from '#shared/domain/units.ts'
import { api, request } from '#client/lib/api-client.ts'

/** A cohort-year: `block` null is the default cohort (no `cohort` in the request). */
export type TaskParams = { parent: string; kind: UnitKind; block: string | null; year: number }

export const taskQueries = {
  all: () => ['tasks'] as const,
  lists: () => [...taskQueries.all(), 'list'] as const,
  list: (params: TaskParams) =>
    queryOptions({
      queryKey: [...taskQueries.lists(), params] as const,
      queryFn: () =>
        request(
          api.tasks.$get({
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
