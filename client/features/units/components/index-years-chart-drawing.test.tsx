import { render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { IndexYearsChartDrawing } from './index-years-chart-drawing.tsx'
import type { IndexYearRow } from '../utils/to-profile-series.ts'

const year = (y: number, indexPct: number, rank: number, total: number, segment: number) =>
  ({
    year: y,
    indexPct,
    points: null,
    maxPoints: null,
    rank,
    total,
    amongLoaded: false,
    grade: null,
    deltaPct: null,
    rankChange: null,
    notComparable: null,
    segment,
  }) satisfies IndexYearRow

// Tây Ninh: 37/63 and 30/63 in the old map, 15/34 after the merger of 1 July 2025.
const rows = [
  year(2023, 86.04, 37, 63, 0),
  year(2024, 88.61, 30, 63, 0),
  year(2025, 89.44, 15, 34, 1),
]
const size = { width: 574, height: 380, tick: 12, label: 12 }
const format = (v: number) => v.toFixed(2).replace('.', ',')

function draw(breaks = [{ year: 2025, label: 'Sáp nhập 01/07/2025' }]) {
  return render(
    <IndexYearsChartDrawing
      rows={rows}
      breaks={breaks}
      size={size}
      formatValue={format}
      formatTick={String}
      rankLabel="Thứ hạng"
      valueLabel="Chỉ số (%)"
    />,
  ).container
}

describe('IndexYearsChartDrawing', () => {
  it('breaks the rank line at a merger: one line each side, the break a labelled line between the years', () => {
    const chart = draw()
    expect(chart.querySelectorAll('path.recharts-line-curve')).toHaveLength(2)
    expect(chart.querySelectorAll('.recharts-line-dot')).toHaveLength(3)
    const line = chart.querySelector('.recharts-reference-line-line')!
    const dots = [...chart.querySelectorAll('.recharts-line-dot')].map((d) =>
      Number(d.getAttribute('cx')),
    )
    const breakX = Number(line.getAttribute('x1'))
    expect(breakX).toBeGreaterThan(dots[1]!)
    expect(breakX).toBeLessThan(dots[2]!)
    expect(chart.querySelector('text.recharts-label.chart-break-label')).toHaveTextContent(
      'Sáp nhập 01/07/2025',
    )
  })

  it('draws rank on a reversed axis (a better rank higher) and labels each year rank/of', () => {
    const chart = draw()
    const ys = [...chart.querySelectorAll('.recharts-line-dot')].map((d) =>
      Number(d.getAttribute('cy')),
    )
    expect(ys[1]).toBeLessThan(ys[0]!)
    expect(ys[2]).toBeLessThan(ys[1]!)
    const labels = [...chart.querySelectorAll('.recharts-label-list text')].map(
      (t) => t.textContent,
    )
    expect(labels).toEqual(['86,04', '88,61', '89,44', '37/63', '30/63', '15/34'])
  })

  it('leaves out a rank mark that would run into the cohort’s size (60 beside 63)', () => {
    const chart = draw()
    const rankAxis = chart.querySelectorAll('.yAxis')[1]!
    const marks = [...rankAxis.querySelectorAll('.recharts-cartesian-axis-tick-value')].map(
      (t) => t.textContent,
    )
    expect(marks).toEqual(['1', '10', '20', '30', '40', '50', '63'])
  })

  it('joins every year with one line when nothing breaks the history', () => {
    const chart = render(
      <IndexYearsChartDrawing
        rows={rows.map((r) => ({ ...r, segment: 0, total: 15, rank: 5 }))}
        breaks={[]}
        size={size}
        formatValue={format}
        rankLabel="Thứ hạng"
      />,
    ).container
    expect(chart.querySelectorAll('path.recharts-line-curve')).toHaveLength(1)
    expect(chart.querySelector('.recharts-reference-line-line')).toBeNull()
    // Bars of the index stand on the axis at 0.
    const bottoms = [...chart.querySelectorAll('.recharts-bar-rectangle path')].map((p) => {
      const [, y, , h] = (p.getAttribute('d') ?? '').match(/-?[\d.]+/g)!.map(Number)
      return y! + h!
    })
    expect(new Set(bottoms).size).toBe(1)
  })

  it('draws a rank among the units loaded as a hollow mark off the rank line, labelled of those loaded', () => {
    // 2024 from a partial table: 2nd of the 12 loaded, no rank published.
    const partial = [
      year(2022, 84.1, 35, 63, 0),
      year(2023, 86.04, 37, 63, 0),
      { ...year(2024, 88.61, 2, 12, 0), amongLoaded: true },
      year(2025, 89.44, 15, 34, 0),
    ]
    const chart = render(
      <IndexYearsChartDrawing
        rows={partial}
        breaks={[]}
        size={size}
        formatValue={format}
        rankLabel="Thứ hạng"
      />,
    ).container
    // The line runs 2022–2023, stops, and 2025 stands alone: never through 2024.
    const lines = [...chart.querySelectorAll('path.recharts-line-curve')]
    expect(lines).toHaveLength(2)
    expect(lines[1]?.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+Z$/)
    expect(chart.querySelectorAll('.recharts-line-dot')).toHaveLength(3)
    const hollow = chart.querySelectorAll('.rank-among-loaded circle')
    expect(hollow).toHaveLength(1)
    expect(hollow[0]).toHaveAttribute('fill', '#FFFFFF')
    const labels = [...chart.querySelectorAll('.recharts-label-list text')].map(
      (t) => t.textContent,
    )
    expect(labels.slice(4)).toEqual(['35/63', '37/63', '2/12', '15/34'])
  })

  it('writes both axes’ titles centred along them', () => {
    const chart = draw()
    const titles = [...chart.querySelectorAll('.yAxis text.recharts-label')]
    expect(titles.map((t) => t.textContent)).toEqual(['Chỉ số (%)', 'Thứ hạng'])
    for (const title of titles) expect(title).toHaveAttribute('text-anchor', 'middle')
    expect(titles[0]).toHaveAttribute('transform', expect.stringMatching(/^rotate\(-90,/))
    expect(titles[1]).toHaveAttribute('transform', expect.stringMatching(/^rotate\(90,/))
  })
})
