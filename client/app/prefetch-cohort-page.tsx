// A cohort page asks for the cohort list, then for its data, and only once its code has loaded:
// three round trips one after another. PrefetchCohortPage, rendered beside the page's lazy code,
// starts those requests at once instead, and the page finds them in flight in the query cache
// (same query keys, so nothing is fetched twice). It never waits and never fails: the page still
// asks for, and reports on, everything it shows.
import { type QueryClient, useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import { useSearchParams } from 'react-router'
import {
  type CohortKey,
  cohortSearchSchema,
  findCohort,
  parseSearch,
  selectedCohort,
} from '#client/lib/cohort-params.ts'
import { awardQueries } from '#client/features/awards/api/awards.queries.ts'
import { cohortQueries } from '#client/features/cohorts/api/cohorts.queries.ts'
import { rankingQueries } from '#client/features/rankings/api/rankings.queries.ts'
import { taskQueries } from '#client/features/tasks/api/tasks.queries.ts'

type CohortYear = CohortKey & { year: number }

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
  const { data: asked } = parsed
  // prefetchQuery never rejects.
  const start = (key: CohortKey, year: number) =>
    Promise.all(COHORT_PAGE_REQUESTS[page](queryClient, { ...key, year })).then(() => {})
  // A URL naming the cohort-year exactly needs no list to start with.
  if (asked.parent && asked.kind && asked.year !== undefined) {
    const key = { parent: asked.parent, kind: asked.kind, block: asked.cohort ?? null }
    return Promise.all([queryClient.prefetchQuery(cohortQueries.list()), start(key, asked.year)]).then(
      () => {},
    )
  }
  return queryClient.ensureQueryData(cohortQueries.list()).then(
    (data) => {
      const key = selectedCohort(asked, data.items)
      const cohort = key && findCohort(data.items, key)
      return key && cohort ? start(key, asked.year ?? cohort.latestYear) : undefined
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
