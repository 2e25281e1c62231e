import { z } from 'zod'
import {
  formatSchema,
  optionalParam,
  unitCodeSchema,
  unitKindSchema,
  yearSchema,
} from './units.schema.ts'

/**
 * A published block's name as imported ("Phường", "Xã, đặc khu"); absent or empty: the default
 * cohort of the level under the parent.
 */
export const cohortBlockSchema = z
  .string()
  .trim()
  .max(120, 'Expected a block name of at most 120 characters')
  .optional()
  .transform((value) => (value ?? '').normalize('NFC'))

/**
 * A cohort (DESIGN.md, ADR 014): the units of one level a decision ranked together under one
 * parent — in one block when it ranked them apart — per year.
 */
export const cohortQuerySchema = z.object({
  parent: unitCodeSchema,
  kind: unitKindSchema,
  cohort: cohortBlockSchema,
  /** Omitted → the latest year with data in the cohort. */
  year: optionalParam(yearSchema),
  format: formatSchema,
})
export type CohortQuery = z.infer<typeof cohortQuerySchema>

/** GET /api/cohorts takes no parameters. */
export const cohortsQuerySchema = z.object({})

/** Sort direction; absent: the natural one for the sort (ranks ascending, measures descending). */
export const SORT_DIRECTIONS = ['asc', 'desc'] as const
export type SortDirection = (typeof SORT_DIRECTIONS)[number]
export const sortDirectionSchema = optionalParam(
  z.enum(SORT_DIRECTIONS, { message: 'Expected dir=asc or dir=desc' }),
)

/**
 * A unit-name search: every word must occur in the name, case and diacritics optional
 * ("thanh hoa" finds "Thạnh Hóa"). Empty means no search.
 */
export const nameSearchSchema = optionalParam(
  z
    .string()
    .trim()
    .max(120, 'Expected a search of at most 120 characters')
    .transform((value) => value.normalize('NFC')),
)

/** Page size: at most this many rows per request (the whole list is the CSV download). */
export const MAX_PAGE_SIZE = 100_000

/** `limit` and `offset` of a paged list; `limit` absent → every row from `offset`. */
export const pageParams = {
  limit: optionalParam(
    z.coerce
      .number()
      .int('Expected a whole number')
      .min(1, 'Expected limit ≥ 1')
      .max(MAX_PAGE_SIZE),
  ),
  offset: optionalParam(
    z.coerce.number().int('Expected a whole number').min(0, 'Expected offset ≥ 0'),
  ),
}

/** How many units each end of an order a summary gives (top N and bottom N). */
export const DEFAULT_ENDS = 10
export const MAX_ENDS = 50
export const endsSchema = optionalParam(
  z.coerce
    .number()
    .int('Expected a whole number')
    .min(1, 'Expected ends ≥ 1')
    .max(MAX_ENDS, `Expected ends ≤ ${MAX_ENDS}`),
)

/**
 * A comma-separated list of unit codes (`focus=A,B`, `units=A,B`), each a unit code, at most
 * `max`, duplicates dropped (codes compared without regard to case).
 */
export function unitCodeListSchema(max: number) {
  return optionalParam(
    z
      .string()
      .transform((value) =>
        value
          .split(',')
          .map((code) => code.trim())
          .filter(Boolean),
      )
      .pipe(
        z
          .array(unitCodeSchema)
          .max(max, `Expected at most ${max} unit codes`)
          .transform((codes) => {
            const seen = new Set<string>()
            return codes.filter((code) => {
              const key = code.toUpperCase()
              if (seen.has(key)) return false
              seen.add(key)
              return true
            })
          }),
      ),
  )
}

/** How many focused units a summary takes. */
export const MAX_FOCUS = 20

/** A cohort-year summary's query: the cohort, the ends' size and the focused units. */
export const cohortSummaryQuerySchema = cohortQuerySchema.omit({ format: true }).extend({
  ends: endsSchema,
  focus: unitCodeListSchema(MAX_FOCUS),
})
export type CohortSummaryQuery = z.infer<typeof cohortSummaryQuerySchema>

/** GET /api/cohorts/links: the cohorts a cohort-year's units came from and went to. */
export const cohortLinksQuerySchema = z.object({
  parent: unitCodeSchema,
  kind: unitKindSchema,
  cohort: cohortBlockSchema,
  year: yearSchema,
})
export type CohortLinksQuery = z.infer<typeof cohortLinksQuerySchema>
