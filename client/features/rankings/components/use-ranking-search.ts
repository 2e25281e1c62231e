import { keepPreviousData, useQuery } from '@tanstack/react-query'
import type { CohortFocusState } from '#client/cohorts/components/use-cohort-focus.ts'
import type { CohortParams } from '#client/lib/cohort-params.ts'
import { FOCUS_THRESHOLD, MAX_HIGHLIGHTS } from '#client/lib/focus-units.ts'
import { rankingQueries } from '../../../cohorts/api/rankings.queries.ts'

/**
 * The units a chart's search box found, from the server (accents optional), in rank order: at
 * most MAX_HIGHLIGHTS of them, and how many matched. Only above FOCUS_THRESHOLD units, where the
 * box is shown; the previous finds stay on screen while the next search is answered.
 */
export function useRankingSearch(cohort: CohortParams, state: CohortFocusState, ranked: number) {
  const searching = ranked > FOCUS_THRESHOLD && state.searched !== ''
  const search = useQuery({
    ...rankingQueries.search(cohort, state.searched, MAX_HIGHLIGHTS),
    enabled: searching,
    placeholderData: keepPreviousData,
  })
  return {
    found: searching ? (search.data?.items ?? []) : [],
    matched: searching ? (search.data?.matched ?? 0) : 0,
  }
}
