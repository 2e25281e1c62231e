import { render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { axisTexts, seriesBoxes } from '#client/testing/svg-chart.ts'
import { GroupedBarChartDrawing } from './grouped-bar-chart-drawing.tsx'

const series = [
  { key: 'points', label: 'Điểm đạt', color: '#0072B2' },
  { key: 'best', label: 'Cao nhất nhóm', color: '#E69F00' },
  { key: 'max', label: 'Tối đa', color: '#BBBBBB', showLabel: false },
]
const rows = [
  { label: 'Chỉ đạo, điều hành', points: 8.5, best: 9, max: 10 },
  { label: 'Thể chế', points: 6.4, best: null, max: 8 },
]
const size = { width: 600, height: 300, tick: 12, label: 12 }
const format = (v: number) => v.toFixed(2).replace('.', ',')
type Box = ReturnType<typeof seriesBoxes>[number][number]

describe('GroupedBarChartDrawing', () => {
  it('draws one bar per series in each group, from the axis, in proportion', () => {
    const { container } = render(
      <GroupedBarChartDrawing
        rows={rows}
        categoryKey="label"
        series={series}
        size={size}
        formatValue={format}
        formatTick={String}
        valueLabel="Điểm"
      />,
    )
    const layers = seriesBoxes(container)
    expect(layers).toHaveLength(3)
    const [points, best, max] = layers as [Box[], Box[], Box[]]
    // A missing value draws no bar.
    expect([points.length, best.length, max.length]).toEqual([2, 1, 2])
    expect(new Set([...points, ...best, ...max].map((b) => b.x)).size).toBe(1)
    expect(max[0]!.width / points[0]!.width).toBeCloseTo(10 / 8.5, 5)
    // Within a group the series follow each other, a pixel apart, the same thickness.
    expect(best[0]!.y).toBeCloseTo(points[0]!.y + points[0]!.height + 1, 5)
    expect(best[0]!.height).toBe(points[0]!.height)
    expect(points[1]!.y).toBeGreaterThan(max[0]!.y)
    expect(axisTexts(container, 'xAxis')).toEqual(['0', '2', '4', '6', '8', '10'])
    expect(axisTexts(container, 'yAxis')).toEqual(['Chỉ đạo, điều hành', 'Thể chế'])
    // Values at the bars' ends, except for a series that shows none.
    const labels = [...container.querySelectorAll('.recharts-label-list text')]
    expect(labels.map((l) => l.textContent)).toEqual(['8,50', '6,40', '9,00'])
    expect(Number(labels[0]!.getAttribute('x'))).toBeCloseTo(points[0]!.x + points[0]!.width + 5, 5)
  })

  it('starts the axis below 0 for a negative value, its bar running left from 0', () => {
    const { container } = render(
      <GroupedBarChartDrawing
        rows={[
          { label: 'Điểm thưởng', points: 2 },
          { label: 'Điểm trừ', points: -1.5 },
        ]}
        categoryKey="label"
        series={[series[0]!]}
        size={size}
        formatValue={format}
        formatTick={String}
      />,
    )
    expect(axisTexts(container, 'xAxis')).toEqual(['-2', '-1', '0', '1', '2'])
    const [bonus, penalty] = seriesBoxes(container)[0] as [Box, Box]
    // Both bars meet at 0: the penalty ends where the bonus starts.
    expect(penalty.x + penalty.width).toBeCloseTo(bonus.x, 5)
    expect(bonus.width / penalty.width).toBeCloseTo(2 / 1.5, 5)
    const left = Number(
      container.querySelector('.yAxis .recharts-cartesian-axis-line')?.getAttribute('x1'),
    )
    expect(penalty.x).toBeGreaterThanOrEqual(left)
  })
})
