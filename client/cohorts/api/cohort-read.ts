// The reads of a cohort page (ADR 016): one page of a table, a summary for a chart, never the
// whole cohort. Built here rather than through the typed client so that every such request is
// spelled in one place, with its `limit` (or `ends`) always present.
import { queryOptions } from '@tanstack/react-query'
import { ApiError, apiErrorFromBody } from '#client/lib/api-error.ts'
import type { CohortParams } from '#client/lib/cohort-params.ts'
import type { Language } from '#client/lib/format.ts'
import { pageWindow, TABLE_PAGE_SIZE, type TableSearch } from '#client/lib/cohort-params-table.ts'

/** One page of a table: the API's sort key, direction, searched names and 1-based page. */
export type TablePageParams<K extends string = string> = TableSearch<K>

/** The API's cohort query; the block only when there is one, so default cohorts keep their URL. */
export function cohortQueryOf(params: CohortParams): Record<string, string> {
  return {
    parent: params.parent,
    kind: params.kind,
    ...(params.block ? { cohort: params.block } : {}),
    year: String(params.year),
  }
}

/** The query of one table page: cohort, sort, search (when any) and the page's window. */
export function pageQueryOf(
  params: CohortParams,
  table: TablePageParams,
  size = TABLE_PAGE_SIZE,
): Record<string, string> {
  const { limit, offset } = pageWindow(table.page, size)
  return {
    ...cohortQueryOf(params),
    sort: table.sort,
    dir: table.dir,
    ...(table.q ? { q: table.q } : {}),
    limit: String(limit),
    ...(offset > 0 ? { offset: String(offset) } : {}),
  }
}

/** A path with its query, parameters in the order given (stable URLs cache better). */
export function apiPath(path: string, query: Record<string, string>): string {
  const search = new URLSearchParams(query).toString()
  return search ? `${path}?${search}` : path
}

/**
 * GET a JSON answer of the API; every failure (error envelope, network) becomes an ApiError,
 * as `request()` does for the typed client.
 */
export async function getJson<T>(path: string, query: Record<string, string>): Promise<T> {
  let response: Response
  try {
    response = await fetch(apiPath(path, query), { headers: { accept: 'application/json' } })
  } catch (error) {
    throw new ApiError(0, 'NETWORK', error instanceof Error ? error.message : String(error))
  }
  const body: unknown = await response.json().catch(() => null)
  if (!response.ok) throw apiErrorFromBody(response.status, body)
  return body as T
}

/**
 * The whole list as a file the server streams: the one read of a whole cohort the SPA links to,
 * in the reader's language (headers, decimal commas and ";" in Vietnamese, the source line).
 */
export function downloadHref(
  path: string,
  params: CohortParams,
  format: 'csv' | 'xlsx',
  lang: Language,
  table?: Pick<TablePageParams, 'sort' | 'dir'>,
): string {
  return apiPath(path, {
    ...cohortQueryOf(params),
    ...(table ? { sort: table.sort, dir: table.dir } : {}),
    format,
    lang,
  })
}

/**
 * A cohort-year summary's query (tasks, awards): the ends of its order and the reader's units by
 * code. Without a focus the key is the one the page's first requests prefetch.
 */
export function cohortSummaryQuery<T>(
  scope: readonly string[],
  path: string,
  params: CohortParams,
  ends: number,
  focus: readonly string[],
) {
  const codes = [...focus].sort()
  return queryOptions({
    queryKey: [...scope, 'summary', path, params, ends, ...(codes.length > 0 ? [codes] : [])],
    queryFn: () =>
      getJson<T>(path, {
        ...cohortQueryOf(params),
        ends: String(ends),
        ...(codes.length > 0 ? { focus: codes.join(',') } : {}),
      }),
  })
}
