import { z } from 'zod'
import {
  cohortQuerySchema,
  nameSearchSchema,
  pageParams,
  sortDirectionSchema,
  type SortDirection,
} from './cohorts.schema.ts'
import { optionalParam } from './units.schema.ts'

/** A scorecard's order: rank, unit name, or one field's share of its maximum (`field:CODE`). */
export type ScorecardSort = 'rank' | 'name' | `field:${string}`

const SORT_PATTERN = /^(rank|name|field:[A-Z][A-Z0-9_]*)$/

/** The field a sort reads, or null for the rank and name orders. */
export function sortedField(sort: ScorecardSort): string | null {
  return sort.startsWith('field:') ? sort.slice('field:'.length) : null
}

/** Ranks and names ascending; a field's share highest first. */
export function scorecardNaturalDir(sort: ScorecardSort): SortDirection {
  return sortedField(sort) === null ? 'asc' : 'desc'
}

/**
 * GET /api/scorecard?parent=&kind=[&cohort=&year=&sort=&dir=&q=&limit=&offset=]: a cohort-year's
 * units × fields, each cell the unit's share of the field's maximum. Sorted on the server
 * (default: rank), searched by unit name, one page with `limit`; the whole table is the CSV or
 * XLSX download.
 */
export const scorecardQuerySchema = cohortQuerySchema.extend({
  sort: optionalParam(
    z
      .string()
      .trim()
      .regex(SORT_PATTERN, 'Expected sort to be rank, name or field:CODE (e.g. field:PROCEDURES)')
      .transform((value) => value as ScorecardSort),
  ),
  dir: sortDirectionSchema,
  q: nameSearchSchema,
  ...pageParams,
})
export type ScorecardQuery = z.infer<typeof scorecardQuerySchema>
