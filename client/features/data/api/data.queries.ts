import { queryOptions } from '@tanstack/react-query'
import type { ImportResult } from '#shared/dto/import.ts'
import type { UnitKind } from '#shared/domain/units.ts'
import type { ImportFileKind } from '#shared/import/import-columns.ts'
import type { PublishBody } from '#shared/schemas/publications.schema.ts'
import type { SchemeBody } from '#shared/schemas/schemes.schema.ts'
import { api, request } from '#client/lib/api-client.ts'
import { ApiError } from '#client/lib/api-error.ts'
import { apiPath } from '#client/cohorts/api/cohort-read.ts'
import type { Language } from '#client/lib/format.ts'

/** A cohort as the Data page picks it: `block` null is the default cohort of the level. */
export type CohortKey = { parent: string; kind: Exclude<UnitKind, 'COUNTRY'>; block: string | null }

/** The API's `cohort` parameter: the block, or nothing for the default cohort. */
function blockParam(cohort: CohortKey) {
  return cohort.block ? { cohort: cohort.block } : {}
}

/** The data-quality list's query: the cohort, and one year or all. */
function qualityQueryOf(params: CohortKey & { year: number | null }) {
  return {
    parent: params.parent,
    kind: params.kind,
    // Not blockParam: its `{}` widens to `cohort?: undefined`, which the link's query refuses.
    ...(params.block ? { cohort: params.block } : {}),
    ...(params.year ? { year: String(params.year) } : {}),
  }
}

/** The data-quality list as a file in the reader's language (grades and differences by name). */
export function qualityDownloadHref(
  params: CohortKey & { year: number | null },
  format: 'csv' | 'xlsx',
  lang: Language,
): string {
  const query: Record<string, string> = { ...qualityQueryOf(params), format, lang }
  return apiPath('/api/data-quality', query)
}

export const dataQueries = {
  all: () => ['data'] as const,
  imports: () =>
    queryOptions({
      queryKey: [...dataQueries.all(), 'imports'] as const,
      queryFn: () => request(api.imports.$get({ query: { limit: '50' } })),
      staleTime: 0,
    }),
  /** The same batches' undo status, asked after the history is drawn (seconds at national scale). */
  undoStatus: () =>
    queryOptions({
      // Under the history's key: whatever refreshes the history refreshes this too.
      queryKey: [...dataQueries.imports().queryKey, 'undo-status'] as const,
      queryFn: () => request(api.imports['undo-status'].$get({ query: { limit: '50' } })),
      staleTime: 0,
    }),
  publications: (cohort: CohortKey) =>
    queryOptions({
      queryKey: [...dataQueries.all(), 'publications', cohort] as const,
      queryFn: () =>
        request(api.publications.$get({ query: { parent: cohort.parent, kind: cohort.kind, ...blockParam(cohort) } })),
      staleTime: 0,
    }),
  quality: (params: CohortKey & { year: number | null }) =>
    queryOptions({
      queryKey: [...dataQueries.all(), 'quality', params] as const,
      queryFn: () =>
        request(api['data-quality'].$get({ query: qualityQueryOf(params) })),
      staleTime: 0,
    }),
  schemes: () =>
    queryOptions({
      queryKey: [...dataQueries.all(), 'schemes'] as const,
      queryFn: () => request(api.schemes.$get({ query: {} })),
    }),
}

export type UploadInput = {
  kind: ImportFileKind
  file: File
  dryRun: boolean
  parent?: string
  /** The table's year, for a file without a year column. */
  year?: number
  lang: Language
}

/** An import answer: the 200 result, or the 422 rejection with every error (`rejected`). */
export type ImportOutcome = ImportResult & { rejected: boolean }

/** POST /api/imports as multipart; a 422 is an answer to show, not a failure to throw. */
export async function uploadImport(input: UploadInput): Promise<ImportOutcome> {
  const body = new FormData()
  body.set('file', input.file)
  const query = {
    kind: input.kind,
    dryRun: String(input.dryRun) as 'true' | 'false',
    lang: input.lang,
    ...(input.parent ? { parent: input.parent } : {}),
    ...(input.year ? { year: String(input.year) } : {}),
  }
  const response = await api.imports.$post({ query }, { init: { body } }).catch((error: unknown) => {
    throw new ApiError(0, 'NETWORK', error instanceof Error ? error.message : String(error))
  })
  if (response.status === 422) {
    // The route's typed 422 (ImportRejection): the report beside the error envelope.
    const rejected = await response.json()
    return {
      kind: rejected.kind,
      dryRun: input.dryRun,
      rows: rejected.rows,
      inserted: 0,
      updated: 0,
      unchanged: 0,
      errors: rejected.errors,
      warnings: rejected.warnings,
      batchId: null,
      preview: [],
      rejected: true,
    }
  }
  const result = await request(Promise.resolve(response))
  return { ...result, rejected: false }
}

/** Undoes an import; a refusal comes back in `lang`, naming what changed its rows since. */
export function undoImport({ id, lang }: { id: string; lang: Language }) {
  return request(api.imports[':id'].undo.$post({ param: { id }, query: { lang } }))
}

export function publish(body: PublishBody) {
  return request(api.publications.$post({ json: body }))
}

export function unpublish(cohort: CohortKey & { year: number }) {
  return request(
    api.publications.$delete({
      query: {
        parentCode: cohort.parent,
        kind: cohort.kind,
        ...blockParam(cohort),
        year: String(cohort.year),
      },
    }),
  )
}

export function saveScheme(id: string, body: SchemeBody) {
  return request(api.schemes[':id'].$put({ param: { id }, json: body }))
}

/** Template download address for a kind and format (served as an attachment). */
export function templateUrl(kind: ImportFileKind, ext: 'xlsx' | 'csv'): string {
  return `/api/imports/templates/${kind}.${ext}`
}
