import { summaryEnds } from '#client/cohorts/components/use-cohort-focus.ts'
import { rankingQueries } from '#client/cohorts/api/rankings.queries.ts'
import type { CohortParams } from '#client/lib/cohort-params.ts'
import { DEFAULT_FOCUS_SIZE } from '#client/lib/focus-units.ts'

/**
 * The cohort-year summary the my-unit panel reads: the ranking chart's own request, with the
 * reader's unit. Its `focus` entry is the unit's card; none, and the panel offers the search.
 */
export function myUnitSummary(cohort: CohortParams, code: string | null) {
  return rankingQueries.summary(cohort, {
    ends: summaryEnds(DEFAULT_FOCUS_SIZE),
    focus: code ? [code] : [],
  })
}
