// A cohort page's route loader (ADR 029): the router runs it beside the page's lazy code, so its
// first requests start with the code instead of after it (and after the cohort list). Each request
// is what a panel draws (ADR 016), built by the feature's query factory the panel uses: a summary
// for tiles and charts, the URL's page of 50 for a table, never the whole cohort.
import type { QueryClient } from '@tanstack/react-query'
import i18next from 'i18next'
import { type LoaderFunctionArgs, replace } from 'react-router'
import {
  cohortSearchSchema,
  findCohort,
  keyOf,
  parseSearch,
  profileSearchSchema,
  selectedCohort,
  toCohortParams,
  type CohortKey,
  type CohortParams,
} from '#client/lib/cohort-params.ts'
import { parseTableSearch } from '#client/lib/cohort-params-table.ts'
import { publicationStatusQueryOf } from '#client/components/ui/publication-status.tsx'
import { DEFAULT_FOCUS_SIZE } from '#client/lib/focus-units.ts'
import { FOCUS_PARAM, parseFocusCode, readStoredFocusUnit } from '#client/lib/focus-unit.ts'
import { completedSearch, type ResolvedView } from '#client/lib/view-state.ts'
import { authQueries } from '#client/features/auth/api/auth.queries.ts'
import { mayRead } from '#client/features/auth/utils/may-read.ts'
import { awardQueries } from '#client/features/awards/api/awards.queries.ts'
import { AWARD_TABLE_SORT } from '#client/features/awards/utils/award-sorts.ts'
import { cohortQueries } from '#client/cohorts/api/cohorts.queries.ts'
import { summaryEnds } from '#client/cohorts/components/use-cohort-focus.ts'
import { rankingQueries } from '#client/cohorts/api/rankings.queries.ts'
import { RANKING_TABLE_SORT } from '#client/cohorts/utils/ranking-sorts.ts'
import { taskQueries } from '#client/features/tasks/api/tasks.queries.ts'
import { unitQueries } from '#client/cohorts/api/units.queries.ts'
import { profileYear } from '#client/features/units/utils/profile-year.ts'
import { languageOf } from '#client/lib/format.ts'
import { isUnitCode } from '#shared/domain/units.ts'
import { TASK_TABLE_SORT } from '#client/features/tasks/utils/task-sorts.ts'

/** The ends a chart's default view asks for (its tiles and glances share the answer). */
const ENDS = summaryEnds(DEFAULT_FOCUS_SIZE)

/**
 * The unit in focus as the panels ask for it: the URL's (the loader runs on the completed URL,
 * which carries the unit remembered in this browser), so their first summary is the one started.
 */
const focusOf = (search: URLSearchParams): string[] => {
  const code = parseFocusCode(search.get(FOCUS_PARAM))
  return code ? [code] : []
}

/**
 * The first requests of each cohort page for a cohort-year and the URL's table state, each as a
 * function that starts it (startInTurns starts them).
 */
const COHORT_PAGE_REQUESTS = {
  overview: (qc: QueryClient, p: CohortParams, search: URLSearchParams) => [
    () => qc.prefetchQuery(rankingQueries.summary(p, { ends: ENDS, focus: focusOf(search) })),
    () => qc.prefetchQuery(taskQueries.summary(p, ENDS, focusOf(search))),
    () => qc.prefetchQuery(awardQueries.summary(p, ENDS, focusOf(search))),
  ],
  rankings: (qc: QueryClient, p: CohortParams, search: URLSearchParams) => [
    () => qc.prefetchQuery(rankingQueries.page(p, parseTableSearch(search, RANKING_TABLE_SORT))),
    // The rank history's summary: its found units, not the reader's (BumpPanel).
    () => qc.prefetchQuery(rankingQueries.summary(p, { ends: ENDS, focus: [] })),
    () => qc.prefetchQuery(rankingQueries.history(p, { ends: ENDS, units: [] })),
  ],
  // Each with the ranking's summary, the overview's tiles' one: the cohort-year's size, which
  // says whether the totals are of a part of the cohort (LoadedFiguresNote).
  tasks: (qc: QueryClient, p: CohortParams, search: URLSearchParams) => [
    () => qc.prefetchQuery(taskQueries.summary(p, ENDS, focusOf(search))),
    () => qc.prefetchQuery(taskQueries.page(p, parseTableSearch(search, TASK_TABLE_SORT))),
    () => qc.prefetchQuery(rankingQueries.summary(p, { ends: ENDS, focus: focusOf(search) })),
  ],
  awards: (qc: QueryClient, p: CohortParams, search: URLSearchParams) => [
    () => qc.prefetchQuery(awardQueries.summary(p, ENDS, focusOf(search))),
    () => qc.prefetchQuery(awardQueries.page(p, parseTableSearch(search, AWARD_TABLE_SORT))),
    () => qc.prefetchQuery(rankingQueries.summary(p, { ends: ENDS, focus: focusOf(search) })),
  ],
} satisfies Record<string, (...args: never[]) => RequestStart[]>

export type CohortPage = keyof typeof COHORT_PAGE_REQUESTS

/**
 * How long a page waits for its first data before it renders with its panels' skeletons. With the
 * data in, the page renders once, whole: rendered earlier, each panel would show a skeleton, and
 * React reveals suspended content at most every 300 ms after a skeleton appeared (on a first visit
 * that held the first chart back by 250–380 ms after its data had arrived).
 */
export const FIRST_DATA_WAIT_MS = 1500

/** A function that starts one request and settles with it. */
type RequestStart = () => Promise<unknown>

/** How many requests start in one task. */
const REQUESTS_PER_TASK = 2

/**
 * Starts `requests` two to a task, each pair in a task of its own after the one before, and
 * settles when they all have. Starting a request through the query cache takes 15–20 ms at a
 * phone's speed (4×): a page's four first reads were one task of 60–85 ms, past the 50 ms at which
 * a task blocks input. A pair's task starts a few milliseconds after the one before.
 */
export async function startInTurns(requests: readonly RequestStart[]): Promise<unknown[]> {
  const started: Promise<unknown>[] = []
  for (const [i, request] of requests.entries()) {
    if (i > 0 && i % REQUESTS_PER_TASK === 0) await nextTask()
    started.push(request())
  }
  return Promise.all(started)
}

/** Whether the visitor may read published data: no first request that would be refused. */
async function visitorMayRead(queryClient: QueryClient): Promise<boolean> {
  return Promise.all([
    queryClient.ensureQueryData(authQueries.readAccess()),
    queryClient.ensureQueryData(authQueries.me()),
  ]).then(
    ([settings, me]) => mayRead(settings.readAccess, me.user),
    // The access gate asks again and shows the error.
    () => false,
  )
}

/**
 * Starts `page`'s requests for the cohort-year in `search`, once the visitor may read (never a
 * request that would be refused). With a year in the URL they start with the cohort list; without
 * one, once the list says which year is the latest. Settles when they all have; never rejects:
 * the page asks again for, and reports on, everything it shows.
 */
export async function prefetchCohortPage(
  queryClient: QueryClient,
  page: CohortPage,
  search: URLSearchParams,
): Promise<void> {
  const parsed = parseSearch(cohortSearchSchema, search)
  if (!parsed.ok) return
  const asked = parsed.data
  if (!(await visitorMayRead(queryClient))) return
  const start = (params: CohortParams, before: RequestStart[] = []) =>
    startInTurns([
      ...before,
      // The publication line first: the page's first line of text.
      () => prefetchPublicationStatus(queryClient, params),
      ...COHORT_PAGE_REQUESTS[page](queryClient, params, search),
    ]).then(() => {})
  // A URL naming the cohort-year exactly needs no list to start with.
  if (asked.parent && asked.kind && asked.year !== undefined) {
    const { parent, kind, cohort, year } = asked
    const params = toCohortParams({ parent, kind, block: cohort ?? null, year })
    await start(params, [() => queryClient.prefetchQuery(cohortQueries.list())])
    return
  }
  const list = await queryClient.ensureQueryData(cohortQueries.list()).catch(() => undefined)
  const key = list && selectedCohort(asked, list.items)
  const cohort = key && findCohort(list.items, key)
  if (key && cohort) await start({ ...key, year: asked.year ?? cohort.latestYear })
}

/**
 * The publication line beside the year (PublicationStatus, every cohort page's first line of
 * text): asked with the cohort's codes as the list spells them, beside the page's first requests
 * rather than once the page has rendered.
 */
async function prefetchPublicationStatus(queryClient: QueryClient, key: CohortKey): Promise<void> {
  const list = await queryClient.ensureQueryData(cohortQueries.list()).catch(() => undefined)
  const cohort = list && findCohort(list.items, key)
  const query = cohort && publicationStatusQueryOf(cohort)
  if (query) await queryClient.prefetchQuery(query)
}

/**
 * Where a cohort page's URL is written out to before the page renders, or null when it names
 * its view already, or when the view cannot be resolved (the page then says why). It is the
 * completion the page itself makes (useCompletedUrl, ADR 025): the cohort and year shown, and the
 * unit remembered in this browser when the URL names none. Made by the page, after its first
 * render, it was a second navigation that re-rendered the whole tree (about 60 ms at 4× on a
 * phone); made here, the page renders once, at its full URL. Never rejects.
 */
export async function completedCohortUrl(
  queryClient: QueryClient,
  url: URL,
): Promise<string | null> {
  const params = url.searchParams
  const parsed = parseSearch(cohortSearchSchema, params)
  if (!parsed.ok) return null
  const storedFocus = params.has(FOCUS_PARAM) ? null : parseFocusCode(readStoredFocusUnit())
  const cohortNamed = Boolean(params.get('parent') && params.get('kind') && params.get('year'))
  if (cohortNamed && storedFocus === null) return null
  let resolved: ResolvedView | null = null
  if (!cohortNamed) {
    if (!(await visitorMayRead(queryClient))) return null
    const list = await queryClient.ensureQueryData(cohortQueries.list()).catch(() => undefined)
    const key = list && selectedCohort(parsed.data, list.items)
    const cohort = key && findCohort(list.items, key)
    const year = cohort && (parsed.data.year ?? cohort.latestYear)
    if (!cohort || year === undefined || !cohort.years.includes(year)) return null
    resolved = { ...keyOf(cohort), year }
  }
  const next = completedSearch(params, resolved, storedFocus)
  return next ? `${url.pathname}?${next.toString()}${url.hash}` : null
}

/**
 * The route loader of a cohort page. A URL that leaves its view to the app is first replaced by
 * its completed form (completedCohortUrl; the history entry replaced, as the page would). Then
 * it starts the page's first requests and lets the router render the page when they are in, or
 * after FIRST_DATA_WAIT_MS, whichever comes first. It returns nothing else: the page reads the
 * query cache.
 */
export function cohortPageLoader(queryClient: QueryClient, page: CohortPage) {
  return async ({ request }: LoaderFunctionArgs): Promise<Response | null> => {
    await nextTask()
    const until = Date.now() + FIRST_DATA_WAIT_MS
    const url = new URL(request.url)
    const completed = await withinDeadline(completedCohortUrl(queryClient, url), null, until)
    if (completed) return replace(completed)
    await withinDeadline(prefetchCohortPage(queryClient, page, url.searchParams), undefined, until)
    return null
  }
}

/**
 * A task of its own for a loader's work (reading the URL, building its first requests): on a
 * first visit the router runs its loaders in the start-up task that creates it, which was the
 * longest task of a page's start on a phone (boot.tsx). The HTML has asked for the cohort list
 * and a profile's data already (ADR 035); these requests start one task later, a few
 * milliseconds.
 */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0))
}

/**
 * What `work` settles with, or `fallback` at `until` (a Date.now() time), whichever comes first:
 * a loader holds its page back no longer than FIRST_DATA_WAIT_MS in all.
 */
async function withinDeadline<T>(work: Promise<T>, fallback: T, until: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const deadline = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(fallback), Math.max(0, until - Date.now()))
  })
  try {
    return await Promise.race([work, deadline])
  } finally {
    clearTimeout(timer)
  }
}

/**
 * Starts a unit profile's first reads once the visitor may read: the profile (which the page's
 * HTML has usually asked for already, ADR 035) and then the summary sentence of the year the page
 * shows, the page's largest text. Without it the sentence was asked for only once the page's code
 * had loaded and rendered. Never rejects.
 */
export async function prefetchUnitPage(
  queryClient: QueryClient,
  code: string,
  search: URLSearchParams,
): Promise<void> {
  const parsed = parseSearch(profileSearchSchema, search)
  if (!isUnitCode(code) || !parsed.ok) return
  if (!(await visitorMayRead(queryClient))) return
  const profile = await queryClient
    .ensureQueryData(unitQueries.profile(code))
    .catch(() => undefined)
  if (!profile) return
  const years = profile.years.map((y) => y.year)
  const year = profileYear(years, parsed.data.year)
  if (year === undefined || !years.includes(year)) return
  await queryClient.prefetchQuery(
    unitQueries.summary({ code, year, lang: languageOf(i18next.language) }),
  )
}

/** The unit profile's route loader: as cohortPageLoader, for prefetchUnitPage. */
export function unitPageLoader(queryClient: QueryClient) {
  return async ({ request, params }: LoaderFunctionArgs): Promise<null> => {
    await nextTask()
    const until = Date.now() + FIRST_DATA_WAIT_MS
    const search = new URL(request.url).searchParams
    await withinDeadline(prefetchUnitPage(queryClient, params.code ?? '', search), undefined, until)
    return null
  }
}
