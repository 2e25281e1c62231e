// A new URL is rendered in a transition: while its view suspends (its data on the way), React
// keeps the old view. The picker must show the URL just chosen, and the page say it is loading.
import { act, fireEvent, render, screen } from '@testing-library/react'
import { Suspense, use } from 'react'
import { createMemoryRouter, Outlet, RouterProvider, useSearchParams } from 'react-router'
import { describe, expect, it } from 'vitest'
import {
  LatestUrlProvider,
  useLatestSearchParams,
  useSetLatestSearchParams,
} from '#client/lib/latest-url.tsx'
import { PagePending } from './page-pending.tsx'

/** A year's data, answered when the test says so. */
function yearData() {
  const waiting = new Map<string, { promise: Promise<string>; resolve: (v: string) => void }>()
  return {
    read(year: string) {
      let entry = waiting.get(year)
      if (!entry) {
        let resolve = (_: string) => {}
        const promise = new Promise<string>((r) => (resolve = r))
        entry = { promise, resolve }
        waiting.set(year, entry)
      }
      return entry.promise
    },
    answer(year: string) {
      waiting.get(year)?.resolve(`data of ${year}`)
    },
  }
}

async function renderPage() {
  const data = yearData()
  function YearPicker() {
    const [params, setParams] = useLatestSearchParams()
    return (
      <select
        aria-label="year"
        value={params.get('year') ?? ''}
        onChange={(e) => setParams({ year: e.target.value })}
      >
        <option value="2022">2022</option>
        <option value="2023">2023</option>
      </select>
    )
  }
  function SortButton() {
    const setParams = useSetLatestSearchParams()
    return (
      <button
        type="button"
        onClick={() =>
          setParams((p) => {
            const next = new URLSearchParams(p)
            next.set('sort', 'name')
            return next
          })
        }
      >
        sort
      </button>
    )
  }
  function YearView() {
    const [params] = useSearchParams()
    return <p data-testid="view">{use(data.read(params.get('year') ?? ''))}</p>
  }
  const router = createMemoryRouter(
    [
      {
        element: (
          <LatestUrlProvider>
            <PagePending>
              <Outlet />
            </PagePending>
          </LatestUrlProvider>
        ),
        children: [
          {
            path: '/',
            element: (
              <>
                <YearPicker />
                <SortButton />
                <Suspense fallback={<p>skeleton</p>}>
                  <YearView />
                </Suspense>
              </>
            ),
          },
        ],
      },
    ],
    { initialEntries: ['/?year=2023'] },
  )
  await act(async () => {
    render(<RouterProvider router={router} />)
  })
  return { router, data }
}

describe('a page while the view of a new URL loads', () => {
  it('shows the year just chosen, keeps the old view marked as loading, then the new one', async () => {
    const { router, data } = await renderPage()
    await act(async () => data.answer('2023'))
    expect(await screen.findByTestId('view')).toHaveTextContent('data of 2023')
    const content = document.querySelector('.page-content')
    expect(content).not.toHaveAttribute('aria-busy')
    expect(screen.queryByRole('status')).toBeNull()

    await act(() => router.navigate('/?year=2022'))
    expect(screen.getByRole('combobox', { name: 'year' })).toHaveValue('2022')
    // The old view stays (no skeleton), marked as being replaced.
    expect(screen.getByTestId('view')).toHaveTextContent('data of 2023')
    expect(content).toHaveAttribute('aria-busy', 'true')
    expect(screen.getByRole('status')).toHaveTextContent('Đang tải…')

    await act(async () => data.answer('2022'))
    expect(screen.getByTestId('view')).toHaveTextContent('data of 2022')
    expect(content).not.toHaveAttribute('aria-busy')
    expect(screen.queryByRole('status')).toBeNull()
    expect(screen.getByRole('combobox', { name: 'year' })).toHaveValue('2022')
  })

  it('builds a change on the URL just chosen, not on the view on screen', async () => {
    const { router, data } = await renderPage()
    await act(async () => data.answer('2023'))
    await screen.findByTestId('view')
    await act(async () => {
      fireEvent.change(screen.getByRole('combobox', { name: 'year' }), {
        target: { value: '2022' },
      })
    })
    expect(screen.getByTestId('view')).toHaveTextContent('data of 2023')
    // A sort chosen before 2022's view is in keeps 2022.
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'sort' }))
    })
    expect(router.state.location.search).toBe('?year=2022&sort=name')
    expect(screen.getByRole('combobox', { name: 'year' })).toHaveValue('2022')
  })
})
