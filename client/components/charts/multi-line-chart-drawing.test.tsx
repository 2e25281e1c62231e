import { render, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { estimateTextWidth } from '#client/lib/text-metrics.ts'
import { MultiLineChartDrawing, type MultiLineChartProps } from './multi-line-chart-drawing.tsx'

// Thạnh Hóa and Bến Lức, each line stopped at Long An's change of method in 2022 (a stretch
// each side: compare's CODE and CODE~1 keys).
const rows = [
  { year: 2020, A: 70.1, B: 72.4, 'A~1': null, 'B~1': null },
  { year: 2021, A: 73.35, B: 75.2, 'A~1': null, 'B~1': null },
  { year: 2022, A: null, B: null, 'A~1': 74.75, 'B~1': 88.9 },
  { year: 2023, A: null, B: null, 'A~1': 80.1, 'B~1': 91.18 },
]
const series = [
  { key: 'A', label: 'Huyện Thạnh Hóa', color: '#0072B2' },
  { key: 'B', label: 'Huyện Bến Lức', color: '#E69F00', dash: '8 4' },
  { key: 'A~1', label: 'Huyện Thạnh Hóa', color: '#0072B2' },
  { key: 'B~1', label: 'Huyện Bến Lức', color: '#E69F00', dash: '8 4' },
]
const LABEL = 'Đổi phương pháp đánh giá'

function draw(more: Partial<MultiLineChartProps> = {}) {
  return render(
    <MultiLineChartDrawing
      rows={rows}
      xKey="year"
      series={series}
      size={{ width: 966, height: 483, tick: 22.1, label: 22.1 }}
      formatValue={(v) => String(v)}
      breaks={[{ year: 2022, label: LABEL }]}
      {...more}
    />,
  )
}

describe('MultiLineChartDrawing', () => {
  it('draws a break as a labelled dashed line between the two years it separates', async () => {
    const { container } = draw()
    await waitFor(() => expect(container.querySelectorAll('.line-breaks line')).toHaveLength(1))
    const line = container.querySelector('.line-breaks line')!
    expect(line).toHaveAttribute('stroke-dasharray', '4 3')
    const x = Number(line.getAttribute('x1'))
    const yearXs = [
      ...new Set(
        [...container.querySelectorAll('.recharts-line-dot')].map((d) =>
          Number(d.getAttribute('cx')),
        ),
      ),
    ].sort((p, q) => p - q)
    expect(yearXs).toHaveLength(4)
    expect(x).toBeCloseTo((yearXs[1]! + yearXs[2]!) / 2, 5)
    const text = container.querySelector('.line-breaks text')!
    expect(text).toHaveTextContent(LABEL)
    // Centred over its line, above the plot and inside the image.
    const width = estimateTextWidth(LABEL, 22.1, true)
    expect(Number(text.getAttribute('x')) + width / 2).toBeCloseTo(x, 0)
    expect(Number(text.getAttribute('y'))).toBeLessThan(Number(line.getAttribute('y1')))
    expect(Number(text.getAttribute('y'))).toBeGreaterThan(0)
  })

  it('keeps the label inside a phone-wide chart', async () => {
    const { container } = draw({ size: { width: 340, height: 320, tick: 14, label: 14 } })
    await waitFor(() => expect(container.querySelectorAll('.line-breaks text')).toHaveLength(1))
    const left = Number(container.querySelector('.line-breaks text')!.getAttribute('x'))
    expect(left).toBeGreaterThanOrEqual(0)
    expect(left + estimateTextWidth(LABEL, 14, true)).toBeLessThanOrEqual(340 + 1e-6)
  })

  it('draws no break where none is given, nor one at the first year', async () => {
    const { container } = draw({ breaks: [{ year: 2020, label: LABEL }] })
    await waitFor(() =>
      expect(container.querySelectorAll('.recharts-line-dot').length).toBeGreaterThan(0),
    )
    expect(container.querySelectorAll('.line-breaks line')).toHaveLength(0)
    const plain = draw({ breaks: [] }).container
    await waitFor(() =>
      expect(plain.querySelectorAll('.recharts-line-dot').length).toBeGreaterThan(0),
    )
    expect(plain.querySelectorAll('.line-breaks line')).toHaveLength(0)
  })
})
