import type { QueryClient } from '@tanstack/react-query'
import { waitFor } from '@testing-library/react'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { rankingQueries } from '#client/features/rankings/api/rankings.queries.ts'
import { createTestQueryClient } from '#client/testing/create-test-query-client.ts'
import { startTestApi, type TestApi } from '#client/testing/test-api.ts'
import { pageOfPath } from './page-modules.ts'
import { startFirstPage } from './start-first-page.ts'

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
    expect(dataRequests().sort()).toEqual([
      '/api/awards?parent=LONG_AN&kind=DISTRICT&year=2023',
      '/api/cohorts',
      '/api/rankings?parent=LONG_AN&kind=DISTRICT&year=2023',
      '/api/tasks?parent=LONG_AN&kind=DISTRICT&year=2023',
    ])
    await settled()
    const ranking = queryClient.getQueryData(
      rankingQueries.list({ parent: 'LONG_AN', kind: 'DISTRICT', year: 2023 }).queryKey,
    )
    expect(ranking?.items).toHaveLength(15)
  })

  it('opens the default cohort at its latest year for the bare address', async () => {
    startFirstPage(queryClient, { pathname: '/', search: '' })
    await waitFor(
      () =>
        expect(
          api.requests.some((r) =>
            r.startsWith('/api/rankings?parent=LONG_AN&kind=DISTRICT&year='),
          ),
        ).toBe(true),
      {
        timeout: 10_000,
      },
    )
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
