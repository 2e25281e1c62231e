// A cohort page asks for the cohort list, then for its data, and only once its code has loaded:
// three round trips one after another. PrefetchCohortPage, rendered beside the page's lazy code,
// starts those requests at once instead, and the page finds them in flight in the query cache
// (same query keys, so nothing is fetched twice). It never waits and never fails: the page still
// asks for, and reports on, everything it shows.
import { type QueryClient, useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import { useSearchParams } from 'react-router'
import type { UnitKind } from '#shared/domain/units.ts'
import {
  cohortSearchSchema,
  findCohort,
  parseSearch,
  selectedCohort,
} from '#client/lib/cohort-params.ts'
import { awardQueries } from '#client/features/awards/api/awards.queries.ts'
import { cohortQueries } from '#client/features/cohorts/api/cohorts.queries.ts'
import { rankingQueries } from '#client/features/rankings/api/rankings.queries.ts'
import { taskQueries } from '#client/features/tasks/api/tasks.queries.ts'

type CohortYear = { parent: string; kind: UnitKind; year: number }

/** Starts the first requests of each cohort page for a cohort-year, as its panels ask for them. */
const COHORT_PAGE_REQUESTS = {
  overview: (qc: QueryClient, p: CohortYear) => [
    qc.prefetchQuery(rankingQueries.list(p)),
    qc.prefetchQuery(taskQueries.list(p)),
    qc.prefetchQuery(awardQueries.list(p)),
  ],
  rankings: (qc: QueryClient, p: CohortYear) => [
    qc.prefetchQuery(rankingQueries.list(p)),
    qc.prefetchQuery(rankingQueries.history(p)),
  ],
  tasks: (qc: QueryClient, p: CohortYear) => [qc.prefetchQuery(taskQueries.list(p))],
  awards: (qc: QueryClient, p: CohortYear) => [qc.prefetchQuery(awardQueries.list(p))],
}

export type CohortPage = keyof typeof COHORT_PAGE_REQUESTS

export function isCohortPage(page: string): page is CohortPage {
  return Object.hasOwn(COHORT_PAGE_REQUESTS, page)
}

/**
 * Starts `page`'s requests for the cohort-year in `search`. With a year in the URL they start at
 * once; without one, as soon as the cohort list says which year is the latest. The promise
 * settles when they all have (it never rejects: a failed request is the page's to show).
 */
export function prefetchCohortPage(
  queryClient: QueryClient,
  page: CohortPage,
  search: URLSearchParams,
): Promise<void> {
  const parsed = parseSearch(cohortSearchSchema, search)
  if (!parsed.ok) return Promise.resolve()
  const selected = selectedCohort(parsed.data)
  // prefetchQuery never rejects.
  const start = (year: number) =>
    Promise.all(COHORT_PAGE_REQUESTS[page](queryClient, { ...selected, year })).then(() => {})
  if (parsed.data.year !== undefined) {
    return Promise.all([
      queryClient.prefetchQuery(cohortQueries.list()),
      start(parsed.data.year),
    ]).then(() => {})
  }
  return queryClient.ensureQueryData(cohortQueries.list()).then(
    (data) => {
      const cohort = findCohort(data.items, selected)
      return cohort ? start(cohort.latestYear) : undefined
    },
    // The page asks again and shows the error where it belongs.
    () => {},
  )
}

/** Renders nothing; starts `page`'s first requests for the URL's cohort-year as soon as it mounts. */
export function PrefetchCohortPage({ page }: { page: CohortPage }) {
  const queryClient = useQueryClient()
  const [params] = useSearchParams()
  const search = params.toString()
  useEffect(() => {
    void prefetchCohortPage(queryClient, page, new URLSearchParams(search))
  }, [queryClient, page, search])
  return null
}
