// Which requests a URL starts before its page renders: the route loaders (ADR 029) of the app's
// own routes, against the real API. A cohort page's first reads are its summaries and one table
// page, never a whole cohort (ADR 016), and they are the reads its panels make.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { screen, waitFor } from '@testing-library/react'
import type { QueryClient } from '@tanstack/react-query'
import { createTestQueryClient } from '#client/testing/create-test-query-client.ts'
import { renderRoute } from '#client/testing/render-with-providers.tsx'
import { startTestApi, type TestApi } from '#client/testing/test-api.ts'
import { FOCUS_STORAGE_KEY } from '#client/lib/focus-unit.ts'
import { startInTurns } from './page-loaders.ts'
import { createTestRouter } from './router.tsx'

let api: TestApi
let queryClient: QueryClient

beforeAll(async () => {
  api = await startTestApi()
}, 60_000)
afterAll(() => api.destroy())
beforeEach(() => {
  queryClient = createTestQueryClient()
  api.requests.length = 0
})

const DATA = /^\/api\/(cohorts|publications|rankings|tasks|awards|scorecard|units|compare)\b/
const dataRequests = () => api.requests.filter((r) => DATA.test(r))
const LONG_AN_2023 = 'parent=LONG_AN&kind=DISTRICT&year=2023'
// The landing cohort of the demo data (seeds/README.md): Tây Ninh's wards, a block of its own.
const LANDING_COHORT = 'parent=TAY_NINH&kind=COMMUNE&cohort=Ph%C6%B0%E1%BB%9Dng&year=2025'
// The publication line beside the year, every cohort page's (all the cohort's years at once).
const LONG_AN_PUBLICATIONS = '/api/publications/status?parent=LONG_AN&kind=DISTRICT'
// What the overview draws: three summaries with the ends of each order, and the publication line.
const OVERVIEW_REQUESTS = [
  `/api/awards/summary?${LONG_AN_2023}&ends=20`,
  '/api/cohorts',
  LONG_AN_PUBLICATIONS,
  `/api/rankings/summary?${LONG_AN_2023}&ends=20`,
  `/api/tasks/summary?${LONG_AN_2023}&ends=20`,
]

/** Opens `path` in the app's router (no rendering) and waits for its first page to be ready. */
async function open(path: string) {
  const router = createTestRouter(queryClient, path)
  await waitFor(() => expect(router.state.initialized).toBe(true), { timeout: 10_000 })
  await waitFor(() => expect(queryClient.isFetching()).toBe(0), { timeout: 10_000 })
  router.dispose()
  return router
}

describe('cohort page loaders', () => {
  it('start the overview’s summaries with its code, after asking who may read', async () => {
    const router = await open(`/overview?${LONG_AN_2023}`)
    expect(api.requests.slice(0, 2).sort()).toEqual(['/api/auth/me', '/api/settings'])
    expect(dataRequests().sort()).toEqual(OVERVIEW_REQUESTS)
    expect(router.state.location.pathname).toBe('/overview')
  })

  it('ask for one page of 50 for a table, and only bounded reads', async () => {
    await open(`/rankings?${LONG_AN_2023}&sort=name&page=2`)
    const reads = dataRequests().filter((r) => r !== '/api/cohorts')
    expect(reads.sort()).toEqual([
      LONG_AN_PUBLICATIONS,
      `/api/rankings/history?${LONG_AN_2023}&ends=20`,
      `/api/rankings/summary?${LONG_AN_2023}&ends=20`,
      `/api/rankings?${LONG_AN_2023}&sort=name&dir=asc&limit=50&offset=50`,
    ])
  })

  it('learn the latest year from the cohort list when the URL names none', async () => {
    await open('/tasks?parent=LONG_AN&kind=DISTRICT')
    expect(dataRequests()[0]).toBe('/api/cohorts')
    const reads = dataRequests()
      .slice(1)
      .filter((r) => r !== LONG_AN_PUBLICATIONS)
    // The tasks' summary and first page, and the ranking's summary (the cohort-year's size).
    expect(reads).toHaveLength(3)
    for (const r of reads) expect(r).toMatch(/year=20\d\d.*[?&](limit|ends)=\d+/)
    expect(reads.filter((r) => r.startsWith('/api/rankings/summary?'))).toHaveLength(1)
    expect(dataRequests()).toContain(LONG_AN_PUBLICATIONS)
  })

  it('write out a URL that leaves the view to the app before the page renders, in place', async () => {
    const router = await open('/tasks?parent=LONG_AN&kind=DISTRICT&sort=name')
    expect(router.state.historyAction).toBe('REPLACE')
    const { pathname, search } = router.state.location
    expect(pathname).toBe('/tasks')
    expect(search).toMatch(/^\?parent=LONG_AN&kind=DISTRICT&year=20\d\d&sort=name$/)
    // The cohort list is read once, for the completion, and serves the page after it.
    expect(dataRequests().filter((r) => r === '/api/cohorts')).toHaveLength(1)
  })

  it('write the remembered unit into a URL that names none, and leave a named one', async () => {
    localStorage.setItem(FOCUS_STORAGE_KEY, 'LONG_AN.THANH_HOA')
    try {
      let router = await open(`/overview?${LONG_AN_2023}`)
      expect(router.state.location.search).toBe(`?${LONG_AN_2023}&focus=LONG_AN.THANH_HOA`)
      expect(router.state.historyAction).toBe('REPLACE')
      router = await open(`/overview?${LONG_AN_2023}&focus=LONG_AN.BEN_LUC`)
      expect(router.state.location.search).toBe(`?${LONG_AN_2023}&focus=LONG_AN.BEN_LUC`)
      expect(router.state.historyAction).toBe('POP')
    } finally {
      localStorage.removeItem(FOCUS_STORAGE_KEY)
    }
  })

  it("start the overview's summaries with the unit in focus, as its panels and glances ask them", async () => {
    await open(`/overview?${LONG_AN_2023}&focus=LONG_AN.THANH_HOA`)
    const summaries = dataRequests().filter((r) => r.includes('/summary?'))
    for (const path of ['rankings', 'tasks', 'awards'])
      expect(summaries).toContain(
        `/api/${path}/summary?${LONG_AN_2023}&ends=20&focus=LONG_AN.THANH_HOA`,
      )
    // None asked again without the unit.
    expect(summaries.filter((r) => !r.includes('focus='))).toEqual([])
  })

  it('leave a cohort that cannot be resolved for the page to explain', async () => {
    const router = await open('/awards?parent=NOWHERE&kind=DISTRICT')
    expect(router.state.location.search).toBe('?parent=NOWHERE&kind=DISTRICT')
  })

  it('open the landing cohort for the bare address', async () => {
    const router = await open('/')
    expect(router.state.location.pathname).toBe('/overview')
    expect(router.state.location.search).toBe(`?${LANDING_COHORT}`)
    expect(dataRequests()).toContain(`/api/rankings/summary?${LANDING_COHORT}&ends=20`)
  })

  it('ask for nothing the page could not show', async () => {
    // An invalid URL (the page names the bad parameter), a cohort that does not exist, a page
    // without a loader, and read access unknown (the access gate asks again).
    await open(`/overview?parent=LONG_AN&kind=DISTRICT&year=abc`)
    expect(dataRequests()).toEqual([])
    await open('/awards?parent=NOWHERE&kind=DISTRICT')
    expect(dataRequests()).toEqual(['/api/cohorts'])
    api.requests.length = 0
    await open('/compare?units=LONG_AN.THANH_HOA')
    expect(dataRequests()).toEqual([])
    queryClient = createTestQueryClient()
    api.failNext('/api/settings')
    await open(`/tasks?${LONG_AN_2023}`)
    expect(api.requests).toContain('/api/settings')
    expect(dataRequests()).toEqual([])
  })
})

describe('the unit profile loader', () => {
  it('asks for the profile, then the summary sentence of the year the page shows', async () => {
    await open('/units/LONG_AN.THANH_HOA')
    const reads = dataRequests()
    expect(reads[0]).toBe('/api/units/LONG_AN.THANH_HOA/profile')
    expect(reads.slice(1)).toEqual([
      expect.stringMatching(/^\/api\/units\/LONG_AN\.THANH_HOA\/summary\?year=20\d\d&lang=vi$/),
    ])
    api.requests.length = 0
    queryClient = createTestQueryClient()
    await open('/units/LONG_AN.THANH_HOA?year=2023')
    expect(dataRequests()).toEqual([
      '/api/units/LONG_AN.THANH_HOA/profile',
      '/api/units/LONG_AN.THANH_HOA/summary?year=2023&lang=vi',
    ])
  })

  it('asks for no summary the page could not show', async () => {
    // A year the unit has no result for, a malformed code, an unknown unit.
    await open('/units/LONG_AN.THANH_HOA?year=2010')
    expect(dataRequests()).toEqual(['/api/units/LONG_AN.THANH_HOA/profile'])
    api.requests.length = 0
    await open('/units/bad%20code')
    expect(dataRequests()).toEqual([])
    await open('/units/NO_SUCH.UNIT')
    expect(dataRequests()).toEqual(['/api/units/NO_SUCH.UNIT/profile'])
  })
})

describe('a cohort page after its loader', () => {
  // The loader and the panels build their queries with the same factories: were a key to drift,
  // the page would ask again (or ask for something else) and these lists would differ.
  it.each([
    ['overview', `/overview?${LONG_AN_2023}`, 'kpi-tiles'],
    ['tasks', `/tasks?${LONG_AN_2023}`, 'tasks-table'],
  ])('the %s page reads what its loader started, each once', async (_, path, testId) => {
    const { queryClient: pageClient } = renderRoute(path)
    await screen.findByTestId(testId, {}, { timeout: 10_000 })
    await waitFor(() => expect(pageClient.isFetching()).toBe(0), { timeout: 10_000 })
    const rendered = dataRequests()
    api.requests.length = 0
    await open(path)
    expect(rendered.sort()).toEqual(dataRequests().sort())
  })

  it("the unit profile reads what its loader started, once each, beside the panels' own reads", async () => {
    const path = '/units/LONG_AN.THANH_HOA'
    const { queryClient: pageClient } = renderRoute(path)
    await screen.findByTestId('summary-text', {}, { timeout: 10_000 })
    await waitFor(() => expect(pageClient.isFetching()).toBe(0), { timeout: 10_000 })
    const rendered = dataRequests()
    api.requests.length = 0
    await open(path)
    const started = dataRequests()
    expect(started).toHaveLength(2)
    for (const read of started) expect(rendered.filter((r) => r === read)).toEqual([read])
  })
})

describe('startInTurns', () => {
  const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0))

  it('starts requests two to a task, in order, and settles with them all', async () => {
    const started: number[] = []
    const request = (n: number) => () => {
      started.push(n)
      return Promise.resolve(n)
    }
    const all = startInTurns([1, 2, 3, 4, 5].map(request))
    expect(started).toEqual([1, 2])
    await nextTask()
    expect(started).toEqual([1, 2, 3, 4])
    await nextTask()
    expect(started).toEqual([1, 2, 3, 4, 5])
    expect(await all).toEqual([1, 2, 3, 4, 5])
  })
})
