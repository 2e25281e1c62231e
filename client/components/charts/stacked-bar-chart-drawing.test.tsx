import { render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
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

function box(path: Element) {
  const [x, y, w, h] = (path.getAttribute('d') ?? '').match(/-?[\d.]+/g)!.map(Number)
  return { x: x!, y: y!, width: w!, height: h! }
}

describe('StackedBarChartDrawing', () => {
  it('stacks each row’s counts from the axis, series after series, on a whole-number axis', () => {
    const { container } = render(
      <StackedBarChartDrawing
        rows={rows}
        series={series}
        size={size}
        formatValue={format}
        valueLabel="Số nhiệm vụ"
      />,
    )
    const layers = [...container.querySelectorAll('.recharts-bar')]
    expect(layers).toHaveLength(2)
    const done = [...layers[0]!.querySelectorAll('path')].map(box)
    const late = [...layers[1]!.querySelectorAll('path')].map(box)
    // A zero count draws no segment: A and B done, A and C late.
    expect(done).toHaveLength(2)
    expect(late).toHaveLength(2)
    // A's late segment starts where its done segment ends; C's starts at the axis.
    expect(late[0]!.x).toBeCloseTo(done[0]!.x + done[0]!.width, 5)
    expect(late[1]!.x).toBeCloseTo(done[0]!.x, 5)
    // Proportional: 6 done is three times 2 done.
    expect(done[0]!.width / done[1]!.width).toBeCloseTo(3, 5)
    // Totals 9, 2, 4: marks in whole numbers up past 9, as recharts' axis gives them.
    const ticks = [...container.querySelectorAll('.xAxis .recharts-cartesian-axis-tick-value')]
    expect(ticks.map((t) => t.textContent)).toEqual(['0', '3', '6', '9', '12'])
    expect(container.querySelector('.xAxis .recharts-label')?.textContent).toBe('Số nhiệm vụ')
    // The textured series fills from a pattern defined in the chart.
    const fill = layers[1]!.querySelector('path')!.getAttribute('fill') ?? ''
    expect(container.querySelector(`pattern[id="${fill.slice(5, -1)}"]`)).not.toBeNull()
  })

  it('marks the reader’s unit: ▶ and bold on the axis, its segments outlined in ink', () => {
    const { container } = render(
      <StackedBarChartDrawing
        rows={rows}
        series={series}
        size={size}
        formatValue={format}
        focusCode="B"
      />,
    )
    const names = [...container.querySelectorAll('.yAxis .recharts-cartesian-axis-tick-value')]
    expect(names.map((n) => n.textContent)).toEqual(['Huyện A', '▶ Huyện B', 'Huyện C'])
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
    const { container } = render(
      <StackedBarChartDrawing
        rows={[{ code: 'A', name: 'Huyện A', done: 0, late: 0 }]}
        series={series}
        size={size}
        formatValue={format}
      />,
    )
    expect(container.querySelectorAll('.recharts-bar path')).toHaveLength(0)
    const ticks = [...container.querySelectorAll('.xAxis .recharts-cartesian-axis-tick-value')]
    expect(ticks.map((t) => t.textContent)).toEqual(['0', '1', '2', '3', '4'])
  })
})
