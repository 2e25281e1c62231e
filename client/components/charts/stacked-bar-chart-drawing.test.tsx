import { render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { axisTexts, seriesBoxes } from '#client/testing/svg-chart.ts'
import { estimateTextWidth } from '#client/lib/text-metrics.ts'
import { StackedBarChartDrawing } from './stacked-bar-chart-drawing.tsx'

const series = [
  { key: 'done', label: 'Hoàn thành', color: '#009E73', pattern: 'solid' as const },
  { key: 'late', label: 'Quá hạn', color: '#D55E00', pattern: 'cross' as const },
]
const rows = [
  { code: 'A', name: 'Huyện A', done: 6, late: 3 },
  { code: 'B', name: 'Huyện B', done: 2, late: 0 },
  { code: 'C', name: 'Huyện C', done: 0, late: 4 },
]
const size = { width: 600, height: 300, tick: 12, label: 12 }
const format = (v: number) => String(v)
type BarBoxes = ReturnType<typeof seriesBoxes>[number]

/** The chart of `rows` (the three districts unless given), 600 × 300. */
function draw(props: Partial<Parameters<typeof StackedBarChartDrawing>[0]> = {}) {
  return render(
    <StackedBarChartDrawing
      rows={rows}
      series={series}
      size={size}
      formatValue={format}
      {...props}
    />,
  )
}

describe('StackedBarChartDrawing', () => {
  it('stacks each row’s counts from the axis, series after series, on a whole-number axis', () => {
    const { container } = draw({ valueLabel: 'Số nhiệm vụ' })
    const layers = [...container.querySelectorAll('.recharts-bar')]
    const [done, late] = seriesBoxes(container) as [BarBoxes, BarBoxes]
    expect(layers).toHaveLength(2)
    // A zero count draws no segment: A and B done, A and C late.
    expect(done).toHaveLength(2)
    expect(late).toHaveLength(2)
    // A's late segment starts where its done segment ends; C's starts at the axis.
    expect(late[0]!.x).toBeCloseTo(done[0]!.x + done[0]!.width, 5)
    expect(late[1]!.x).toBeCloseTo(done[0]!.x, 5)
    // Proportional: 6 done is three times 2 done.
    expect(done[0]!.width / done[1]!.width).toBeCloseTo(3, 5)
    // Totals 9, 2, 4: marks in whole round numbers up past 9.
    expect(axisTexts(container, 'xAxis')).toEqual(['0', '2', '4', '6', '8', '10'])
    expect(container.querySelector('.xAxis .recharts-label')?.textContent).toBe('Số nhiệm vụ')
    // The textured series fills from a pattern defined in the chart.
    const fill = layers[1]!.querySelector('path')!.getAttribute('fill') ?? ''
    expect(container.querySelector(`pattern[id="${fill.slice(5, -1)}"]`)).not.toBeNull()
  })

  it('writes each end label past its bar, the rate a list is ordered by', () => {
    const { container } = draw({ endLabels: ['66,7%', '100,0%', null] })
    const labels = [...container.querySelectorAll('.recharts-label-list text')]
    expect(labels.map((l) => l.textContent)).toEqual(['66,7%', '100,0%'])
    const [done, late] = seriesBoxes(container) as [BarBoxes, BarBoxes]
    // A's bar ends with its late segment, B's with its done one: each label starts just past it.
    expect(Number(labels[0]!.getAttribute('x'))).toBeCloseTo(late[0]!.x + late[0]!.width + 5, 5)
    expect(Number(labels[1]!.getAttribute('x'))).toBeCloseTo(done[1]!.x + done[1]!.width + 5, 5)
    // Room for them inside the chart: each label, as wide as Inter sets it, ends before the edge.
    for (const [label, bar] of [
      [labels[0]!, late[0]!],
      [labels[1]!, done[1]!],
    ] as const) {
      const width = estimateTextWidth(label.textContent ?? '', size.label, true)
      expect(bar.x + bar.width + 5 + width).toBeLessThanOrEqual(size.width)
    }
    // Without labels, none is written.
    const plain = draw().container
    expect(plain.querySelectorAll('.recharts-label-list text')).toHaveLength(0)
  })

  it('marks the reader’s unit: ▶ and bold on the axis, its segments outlined in ink', () => {
    const { container } = draw({ focusCode: 'B' })
    expect(axisTexts(container, 'yAxis')).toEqual(['Huyện A', '▶ Huyện B', 'Huyện C'])
    const names = container.querySelectorAll('.yAxis .recharts-cartesian-axis-tick-value')
    expect(names[1]!.getAttribute('font-weight')).toBe('700')
    const segments = [...container.querySelectorAll('.recharts-bar path')]
    expect(segments.map((s) => s.getAttribute('stroke-width'))).toEqual([
      '0.5',
      '2.5',
      '0.5',
      '0.5',
    ])
  })

  it('draws an empty cohort’s axis from 0 to 4, as recharts did', () => {
    const { container } = draw({ rows: [{ code: 'A', name: 'Huyện A', done: 0, late: 0 }] })
    expect(container.querySelectorAll('.recharts-bar path')).toHaveLength(0)
    expect(axisTexts(container, 'xAxis')).toEqual(['0', '1', '2', '3', '4'])
  })
})
