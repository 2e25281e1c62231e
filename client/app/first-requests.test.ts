// How a page's first requests start early: on a visit's first load (startFirstPage) and beside
// a page's code on later navigations (prefetchCohortPage), against the real API.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { screen, waitFor } from '@testing-library/react'
import type { QueryClient } from '@tanstack/react-query'
import { awardQueries } from '#client/features/awards/api/awards.queries.ts'
import { cohortQueries } from '#client/features/cohorts/api/cohorts.queries.ts'
import { rankingQueries } from '#client/features/rankings/api/rankings.queries.ts'
import { taskQueries } from '#client/features/tasks/api/tasks.queries.ts'
import { createTestQueryClient } from '#client/testing/create-test-query-client.ts'
import { renderRoute } from '#client/testing/render-with-providers.tsx'
import { startTestApi, type TestApi } from '#client/testing/test-api.ts'
import { PAGE_MODULES, pageOfPath } from './page-modules.ts'
import { prefetchCohortPage } from './prefetch-cohort-page.tsx'
import { firstPageCode, markFirstPageShown, startFirstPage } from './start-first-page.ts'

let api: TestApi
let queryClient: QueryClient

beforeAll(async () => {
  api = await startTestApi()
  // Every page's code loaded before the first test: a page module still importing when the last
  // test ends would be loaded after the environment is torn down (an unhandled error).
  await Promise.all(Object.values(PAGE_MODULES).map((load) => load()))
}, 60_000)
afterAll(() => api.destroy())
beforeEach(() => {
  queryClient = createTestQueryClient()
  api.requests.length = 0
})

const at = (path: string) => new URL(path, 'http://localhost').searchParams
const districts2023 = { parent: 'LONG_AN', kind: 'DISTRICT', block: null, year: 2023 } as const
// The landing cohort of the demo data (seeds/README.md): Tây Ninh's wards, a block of its own.
const LANDING_COHORT = 'parent=TAY_NINH&kind=COMMUNE&cohort=Ph%C6%B0%E1%BB%9Dng&year=2025'
const LANDING = `/api/rankings/summary?${LANDING_COHORT}&ends=20`
const LONG_AN_2023 = 'parent=LONG_AN&kind=DISTRICT&year=2023'
// What the overview draws (ADR 016): three summaries with the ends of each order, never a cohort.
const OVERVIEW_REQUESTS = [
  `/api/awards/summary?${LONG_AN_2023}&ends=20`,
  '/api/cohorts',
  `/api/rankings/summary?${LONG_AN_2023}&ends=20`,
  `/api/tasks/summary?${LONG_AN_2023}&ends=20`,
]
const ENDS = { ends: 20, focus: [] }
const FIRST_PAGE = { sort: 'rank', dir: 'asc', q: '', page: 1 } as const
const succeeded = (queryKey: readonly unknown[]) =>
  waitFor(() => expect(queryClient.getQueryState(queryKey)?.status).toBe('success'), {
    timeout: 10_000,
  })

describe('prefetchCohortPage', () => {
  it('starts the overview requests at once when the URL names the year', async () => {
    prefetchCohortPage(
      queryClient,
      'overview',
      at('/overview?parent=LONG_AN&kind=DISTRICT&year=2023'),
    )
    // In flight before anything has answered: the page will find them running.
    for (const key of [
      cohortQueries.list().queryKey,
      rankingQueries.summary(districts2023, ENDS).queryKey,
      taskQueries.summary(districts2023, 20).queryKey,
      awardQueries.summary(districts2023, 20).queryKey,
    ])
      expect(queryClient.getQueryState(key)?.fetchStatus).toBe('fetching')
    await succeeded(rankingQueries.summary(districts2023, ENDS).queryKey)
    const summary = queryClient.getQueryData(rankingQueries.summary(districts2023, ENDS).queryKey)
    // 15 districts: the top and bottom 20 are the whole cohort, in rank order.
    expect(summary?.ranked).toBe(15)
    expect(summary?.top).toHaveLength(15)
    expect(summary?.top.find((i) => i.unit.name === 'Huyện Thạnh Hóa')?.rank).toBe(5)
    await succeeded(awardQueries.summary(districts2023, 20).queryKey)
    expect(api.requests.filter((r) => r.startsWith('/api/rankings'))).toHaveLength(1)
  })

  it('waits for the cohort list to learn the latest year when the URL names none', async () => {
    prefetchCohortPage(queryClient, 'rankings', at('/rankings?parent=LONG_AN&kind=DISTRICT'))
    expect(queryClient.getQueryCache().getAll()).toHaveLength(1)
    await succeeded(cohortQueries.list().queryKey)
    const cohorts = queryClient.getQueryData(cohortQueries.list().queryKey)
    const latest = cohorts?.items.find(
      (c) => c.parent.code === 'LONG_AN' && c.kind === 'DISTRICT',
    )?.latestYear
    expect(latest).toBeGreaterThanOrEqual(2023)
    const params = { ...districts2023, year: latest ?? 0 }
    await succeeded(rankingQueries.page(params, FIRST_PAGE).queryKey)
    await succeeded(rankingQueries.history(params, { ends: 20, units: [] }).queryKey)
    expect(
      queryClient.getQueryData(rankingQueries.page(params, FIRST_PAGE).queryKey)?.items.length,
    ).toBeGreaterThan(10)
    expect(
      queryClient.getQueryData(rankingQueries.history(params, { ends: 20, units: [] }).queryKey)
        ?.units.length,
    ).toBeGreaterThan(10)
    // The table's page has its limit, the chart's lines their ends.
    const cohortReads = api.requests.filter((r) => r !== '/api/cohorts')
    expect(cohortReads).toHaveLength(3)
    for (const r of cohortReads) expect(r).toMatch(/[?&](limit|ends)=\d+/)
  })

  it('opens the landing cohort for a bare page URL, as the page does', async () => {
    prefetchCohortPage(queryClient, 'tasks', at('/tasks'))
    await succeeded(cohortQueries.list().queryKey)
    await waitFor(
      () => expect(api.requests).toContain(LANDING.replace('/api/rankings', '/api/tasks')),
      {
        timeout: 10_000,
      },
    )
  })

  it('asks for nothing when the URL is invalid, and for no data of a cohort that does not exist', async () => {
    prefetchCohortPage(
      queryClient,
      'overview',
      at('/overview?parent=LONG_AN&kind=DISTRICT&year=abc'),
    )
    expect(queryClient.getQueryCache().getAll()).toHaveLength(0)
    prefetchCohortPage(queryClient, 'awards', at('/awards?parent=NOWHERE&kind=DISTRICT'))
    await succeeded(cohortQueries.list().queryKey)
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(queryClient.getQueryCache().getAll()).toHaveLength(1)
    expect(api.requests).toEqual(['/api/cohorts'])
  })

  it('is what the overview page reads: each of its requests is made once', async () => {
    renderRoute('/overview?parent=LONG_AN&kind=DISTRICT&year=2023')
    await screen.findByTestId('kpi-tiles', {}, { timeout: 10_000 })
    await waitFor(() =>
      expect(api.requests.some((r) => r.startsWith('/api/awards/summary?'))).toBe(true),
    )
    const data = api.requests.filter((r) => /^\/api\/(cohorts|rankings|tasks|awards)\b/.test(r))
    expect(data.sort()).toEqual(OVERVIEW_REQUESTS)
  })
})

const settled = () => waitFor(() => expect(queryClient.isFetching()).toBe(0), { timeout: 10_000 })
const dataRequests = () =>
  api.requests.filter((r) => /^\/api\/(cohorts|rankings|tasks|awards)\b/.test(r))

describe('pageOfPath', () => {
  it('names the page a path opens', () => {
    expect(pageOfPath('/')).toBe('overview')
    expect(pageOfPath('/rankings')).toBe('rankings')
    expect(pageOfPath('/units/LONG_AN.THANH_HOA')).toBe('units')
    expect(pageOfPath('/nowhere')).toBeUndefined()
    expect(pageOfPath('/constructor')).toBeUndefined()
  })
})

describe('startFirstPage', () => {
  it('asks who may read, then starts the page data, before anything renders', async () => {
    startFirstPage(queryClient, {
      pathname: '/overview',
      search: '?parent=LONG_AN&kind=DISTRICT&year=2023',
    })
    await waitFor(() => expect(dataRequests()).toHaveLength(4), { timeout: 10_000 })
    expect(api.requests.slice(0, 2).sort()).toEqual(['/api/auth/me', '/api/settings'])
    expect(dataRequests().sort()).toEqual(OVERVIEW_REQUESTS)
    await settled()
    const summary = queryClient.getQueryData(rankingQueries.summary(districts2023, ENDS).queryKey)
    expect(summary?.ranked).toBe(15)
  })

  it('hands the page it opened on its code once its data is in, until it has been shown', async () => {
    startFirstPage(queryClient, {
      pathname: '/overview',
      search: '?parent=LONG_AN&kind=DISTRICT&year=2023',
    })
    expect(firstPageCode('rankings')).toBeNull()
    const code = firstPageCode('overview')
    expect(code).not.toBeNull()
    const module = (await code) as Record<string, unknown>
    expect(typeof module.OverviewPage).toBe('function')
    for (const key of [
      rankingQueries.summary(districts2023, ENDS).queryKey,
      taskQueries.summary(districts2023, 20).queryKey,
      awardQueries.summary(districts2023, 20).queryKey,
    ])
      expect(queryClient.getQueryState(key)?.status).toBe('success')
    markFirstPageShown()
    expect(firstPageCode('overview')).toBeNull()
  })

  it('opens the landing cohort at its latest year for the bare address', async () => {
    startFirstPage(queryClient, { pathname: '/', search: '' })
    await waitFor(() => expect(api.requests).toContain(LANDING), {
      timeout: 10_000,
    })
    await settled()
  })

  it('fetches no cohort data for other pages, unknown paths, or when read access is unknown', async () => {
    startFirstPage(queryClient, { pathname: '/compare', search: '?units=LONG_AN.THANH_HOA' })
    startFirstPage(queryClient, { pathname: '/nowhere', search: '' })
    await settled()
    expect(api.requests).toEqual([])
    api.failNext('/api/settings')
    startFirstPage(queryClient, {
      pathname: '/rankings',
      search: '?parent=LONG_AN&kind=DISTRICT&year=2023',
    })
    await waitFor(() => expect(api.requests).toContain('/api/settings'))
    await settled()
    expect(dataRequests()).toEqual([])
  })
})
