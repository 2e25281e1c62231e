import { fireEvent, render, screen } from '@testing-library/react'
import type { ReactNode } from 'react'
import { createMemoryRouter, RouterProvider, useLocation } from 'react-router'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { RankingChartDrawing } from './ranking-chart-drawing.tsx'
import type { RankingRow } from './to-ranking-series.ts'
import { YoyChartDrawing } from './yoy-chart-drawing.tsx'
import type { YoyRow } from './to-yoy-series.ts'

const ranking = (code: string, rank: number, indexPct: number): RankingRow => ({
  code,
  name: `Huyện ${code}`,
  rank,
  publishedRank: null,
  indexPct,
  grade: null,
  gradeLabel: '',
  color: '#482878',
  pattern: 'solid',
})
const rows = [ranking('A', 1, 90), ranking('B', 2, 45), ranking('C', 3, 30)]
const size = { width: 600, height: 300, tick: 12, label: 12 }
const format = (v: number) => v.toFixed(2).replace('.', ',')
const hrefOf = (r: { code: string }) => `/units/${r.code}?year=2023`

/** Where the router is: the page a link led to. */
function Location() {
  const { pathname, search } = useLocation()
  return <p data-testid="location">{`${pathname}${search}`}</p>
}

/** `chart` on a page of an in-memory router, with the page it leads to. */
function renderInRouter(chart: ReactNode) {
  const router = createMemoryRouter(
    [
      {
        path: '/',
        element: (
          <>
            {chart}
            <Location />
          </>
        ),
      },
      { path: '/units/:code', element: <Location /> },
    ],
    { initialEntries: ['/'] },
  )
  return render(<RouterProvider router={router} />)
}

let width: { mockRestore: () => void }
beforeEach(() => {
  // On screen the chart draws as wide as its box (chart-surface.tsx): jsdom lays nothing out.
  width = vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(600)
})
afterEach(() => width.mockRestore())

describe('a unit chart’s names as links', () => {
  it('on screen, each unit’s name is a link to its profile, in the rows’ order', () => {
    const { container } = renderInRouter(
      <RankingChartDrawing rows={rows} formatValue={format} hrefOf={hrefOf} />,
    )
    const links = [...container.querySelectorAll('svg.recharts-surface a')]
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      '/units/A?year=2023',
      '/units/B?year=2023',
      '/units/C?year=2023',
    ])
    // Named by the rank and the name the axis writes; every one a stop for Tab.
    expect(links.map((a) => a.getAttribute('aria-label'))).toEqual([
      '1. Huyện A',
      '2. Huyện B',
      '3. Huyện C',
    ])
    expect(links.every((a) => a.getAttribute('tabindex') === null)).toBe(true)
    expect(links[1]?.textContent).toBe('2. Huyện B')
    // The links are read; the rest of the drawing is hidden, the table view says it.
    const svg = container.querySelector('svg.recharts-surface')!
    expect(svg.getAttribute('aria-hidden')).toBeNull()
    expect(container.querySelector('.recharts-bar')?.closest('[aria-hidden="true"]')).not.toBeNull()
    expect(links[0]?.closest('[aria-hidden="true"]')).toBeNull()
  })

  it('a click on a name opens the profile in the page; with ctrl it is left to the browser', () => {
    const { container } = renderInRouter(
      <RankingChartDrawing rows={rows} formatValue={format} hrefOf={hrefOf} />,
    )
    const link = () => container.querySelectorAll('svg.recharts-surface a')[1]!
    fireEvent.click(link(), { ctrlKey: true })
    expect(screen.getByTestId('location').textContent).toBe('/')
    fireEvent.click(link())
    expect(screen.getByTestId('location').textContent).toBe('/units/B?year=2023')
  })

  it('an export (a fixed size) draws the names as text, with no link, the drawing hidden whole', () => {
    const { container } = renderInRouter(
      <RankingChartDrawing rows={rows} size={size} formatValue={format} hrefOf={hrefOf} />,
    )
    const svg = container.querySelector('svg.recharts-surface')!
    expect(svg.querySelectorAll('a')).toHaveLength(0)
    expect(svg.querySelectorAll('.chart-unit-link-box')).toHaveLength(0)
    expect(svg.getAttribute('aria-hidden')).toBe('true')
    const names = [...svg.querySelectorAll('.yAxis .recharts-cartesian-axis-tick-value')]
    expect(names.map((n) => n.textContent)).toEqual(['1. Huyện A', '2. Huyện B', '3. Huyện C'])
  })

  it('the change chart’s names lead to the profiles too, named by the unit alone', () => {
    const change = (code: string, deltaPct: number): YoyRow => ({
      code,
      name: `Huyện ${code}`,
      deltaPct,
      rankChange: 0,
      previousRank: 1,
      previousTotal: 2,
      rank: 1,
      rankWithheld: null,
    })
    const yoy = [change('A', 3), change('B', -2)]
    const live = renderInRouter(
      <YoyChartDrawing rows={yoy} formatDelta={format} label={() => ''} hrefOf={hrefOf} />,
    )
    const links = [...live.container.querySelectorAll('svg.recharts-surface a')]
    expect(links.map((a) => [a.getAttribute('href'), a.getAttribute('aria-label')])).toEqual([
      ['/units/A?year=2023', 'Huyện A'],
      ['/units/B?year=2023', 'Huyện B'],
    ])
    live.unmount()
    const image = renderInRouter(
      <YoyChartDrawing
        rows={yoy}
        size={size}
        formatDelta={format}
        label={() => ''}
        hrefOf={hrefOf}
      />,
    )
    expect(image.container.querySelectorAll('svg a')).toHaveLength(0)
  })
})
