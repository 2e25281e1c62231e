// A cohort page asks for the cohort list, then for its data, and only once its code has loaded:
// three round trips one after another. PrefetchCohortPage, rendered beside the page's lazy code,
// starts those requests at once instead, and the page finds them in flight in the query cache
// (same query keys, so nothing is fetched twice). It never waits and never fails: the page still
// asks for, and reports on, everything it shows. Each request is what a panel draws (ADR 016):
// a summary for tiles and charts, the URL's page for a table, never the whole cohort.
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
import { parseTableSearch } from '#client/lib/cohort-params-table.ts'
import { DEFAULT_FOCUS_SIZE } from '#client/lib/focus-units.ts'
import { awardQueries } from '#client/features/awards/api/awards.queries.ts'
import { AWARD_TABLE_SORT } from '#client/features/awards/utils/award-sorts.ts'
import { cohortQueries } from '#client/features/cohorts/api/cohorts.queries.ts'
import { summaryEnds } from '#client/features/cohorts/components/use-cohort-focus.ts'
import { rankingQueries } from '#client/features/rankings/api/rankings.queries.ts'
import { RANKING_TABLE_SORT } from '#client/features/rankings/utils/ranking-sorts.ts'
import { taskQueries } from '#client/features/tasks/api/tasks.queries.ts'
import { TASK_TABLE_SORT } from '#client/features/tasks/utils/task-sorts.ts'

type CohortYear = CohortKey & { year: number }

/** The ends a chart's default view asks for (its tiles and glances share the answer). */
const ENDS = summaryEnds(DEFAULT_FOCUS_SIZE)

/**
 * Starts the first requests of each cohort page for a cohort-year and the URL's table state, as
 * its panels ask for them.
 */
const COHORT_PAGE_REQUESTS = {
  overview: (qc: QueryClient, p: CohortYear) => [
    qc.prefetchQuery(rankingQueries.summary(p, { ends: ENDS, focus: [] })),
    qc.prefetchQuery(taskQueries.summary(p, ENDS)),
    qc.prefetchQuery(awardQueries.summary(p, ENDS)),
  ],
  rankings: (qc: QueryClient, p: CohortYear, search: URLSearchParams) => [
    qc.prefetchQuery(rankingQueries.page(p, parseTableSearch(search, RANKING_TABLE_SORT))),
    qc.prefetchQuery(rankingQueries.summary(p, { ends: ENDS, focus: [] })),
    qc.prefetchQuery(rankingQueries.history(p, { ends: ENDS, units: [] })),
  ],
  tasks: (qc: QueryClient, p: CohortYear, search: URLSearchParams) => [
    qc.prefetchQuery(taskQueries.summary(p, ENDS)),
    qc.prefetchQuery(taskQueries.page(p, parseTableSearch(search, TASK_TABLE_SORT))),
  ],
  awards: (qc: QueryClient, p: CohortYear, search: URLSearchParams) => [
    qc.prefetchQuery(awardQueries.summary(p, ENDS)),
    qc.prefetchQuery(awardQueries.page(p, parseTableSearch(search, AWARD_TABLE_SORT))),
  ],
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
    Promise.all(COHORT_PAGE_REQUESTS[page](queryClient, { ...key, year }, search)).then(() => {})
  // A URL naming the cohort-year exactly needs no list to start with.
  if (asked.parent && asked.kind && asked.year !== undefined) {
    const key = { parent: asked.parent, kind: asked.kind, block: asked.cohort ?? null }
    return Promise.all([
      queryClient.prefetchQuery(cohortQueries.list()),
      start(key, asked.year),
    ]).then(() => {})
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
