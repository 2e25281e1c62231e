import { queryOptions } from '@tanstack/react-query'
import type { UnitKind } from '#shared/domain/units.ts'
import { api, request } from '#client/lib/api-client.ts'
import type { Language } from '#client/lib/format.ts'

export const unitQueries = {
  all: () => ['units'] as const,
  lists: () => [...unitQueries.all(), 'list'] as const,
  list: (params: { parent: string; kind?: UnitKind }) =>
    queryOptions({
      queryKey: [...unitQueries.lists(), params] as const,
      queryFn: () =>
        request(
          api.units.$get({
            query: params.kind
              ? { parent: params.parent, kind: params.kind }
              : { parent: params.parent },
          }),
        ),
    }),
  details: () => [...unitQueries.all(), 'detail'] as const,
  profile: (code: string) =>
    queryOptions({
      queryKey: [...unitQueries.details(), code, 'profile'] as const,
      queryFn: () => request(api.units[':code'].profile.$get({ param: { code } })),
    }),
  summary: (params: { code: string; year: number; lang: Language }) =>
    queryOptions({
      queryKey: [...unitQueries.details(), params.code, 'summary', params] as const,
      queryFn: () =>
        request(
          api.units[':code'].summary.$get({
            param: { code: params.code },
            query: { year: String(params.year), lang: params.lang },
          }),
        ),
    }),
}
