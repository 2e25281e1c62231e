import { render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { estimateTextWidth } from '#client/lib/text-metrics.ts'
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

  it("writes a series' labels in its own format: a scheme's maximum without forced zeros", () => {
    const { container } = render(
      <GroupedBarChartDrawing
        rows={[
          { label: 'Chỉ đạo, điều hành', points: 8.51, best: 8.98, max: 10 },
          ...rows.slice(1),
        ]}
        categoryKey="label"
        series={[
          series[0]!,
          series[1]!,
          { ...series[2]!, showLabel: true, formatValue: (v) => String(v).replace('.', ',') },
        ]}
        size={size}
        formatValue={format}
        formatTick={String}
      />,
    )
    const labels = [...container.querySelectorAll('.recharts-label-list text')]
    expect(labels.map((l) => l.textContent)).toEqual(['8,51', '6,40', '8,98', '10', '8'])
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

  it.each([368, 330, 260])(
    'keeps each value label clear of the others and of the bars on a slide %i px high',
    (height) => {
      // A unit's eight fields on a 16:9 slide: three bars a field in a height shared out.
      const fields = [
        ['Chỉ đạo, điều hành', 8.51, 8.98, 10],
        ['Thể chế', 6.4, 7.05, 8],
        ['Thủ tục hành chính', 10.08, 11.27, 12],
        ['Tổ chức bộ máy', 5.78, 6.26, 7],
        ['Chế độ công vụ', 9.08, 10.37, 11],
        ['Tài chính công', 6, 6.86, 8],
        ['Chính quyền số', 10.61, 12.81, 14],
        ['Tác động', 23.64, 28.57, 30],
      ] as const
      const slide = { width: 933, height, tick: 14.1, label: 14.1 }
      const { container } = render(
        <GroupedBarChartDrawing
          rows={fields.map(([label, points, best, max]) => ({ label, points, best, max }))}
          categoryKey="label"
          series={series.map((s) => ({ ...s, showLabel: true }))}
          size={slide}
          formatValue={format}
          formatTick={String}
          valueLabel="Điểm"
        />,
      )
      const bars = seriesBoxes(container).flat()
      const labels = [
        ...container.querySelectorAll<SVGTextElement>('.recharts-label-list text'),
      ].map((t) => {
        const font = parseFloat(t.style.fontSize)
        const x = Number(t.getAttribute('x'))
        const y = Number(t.getAttribute('y'))
        const text = t.textContent ?? ''
        // The figures' line: cap height above the centre, a comma's tail below.
        return {
          text,
          font,
          x0: x,
          x1: x + estimateTextWidth(text, font),
          y0: y - font * 0.45,
          y1: y + font * 0.45,
        }
      })
      expect(labels).toHaveLength(24)
      labels.forEach((a, i) => {
        // Never below the slide's least type: 0.9 of its labels' (12.6 pt of 14).
        expect(a.font).toBeGreaterThanOrEqual(slide.label * 0.9 - 1e-9)
        for (const b of labels.slice(i + 1)) {
          const apart = a.x1 <= b.x0 || b.x1 <= a.x0 || a.y1 <= b.y0 || b.y1 <= a.y0
          expect(apart, `${a.text} and ${b.text}`).toBe(true)
        }
        for (const box of bars) {
          const covers = a.x0 < box.x + box.width && box.y < a.y1 && a.y0 < box.y + box.height
          expect(covers, `${a.text} over a bar`).toBe(false)
        }
        expect(a.x1, a.text).toBeLessThanOrEqual(slide.width)
      })
    },
  )

  it('gives each label a line beside its own bar where a narrower gap between groups allows', () => {
    const rows = Array.from({ length: 8 }, (_, i) => ({
      label: `F${i}`,
      points: 5,
      best: 8,
      max: 10,
    }))
    const { container } = render(
      <GroupedBarChartDrawing
        rows={rows}
        categoryKey="label"
        series={series.map((s) => ({ ...s, showLabel: true }))}
        size={{ width: 933, height: 368, tick: 14.1, label: 14.1 }}
        formatValue={format}
        formatTick={String}
        valueLabel="Điểm"
      />,
    )
    const [points] = seriesBoxes(container) as [Box[]]
    const first = container.querySelector('.recharts-label-list text')!
    // The first bar's label right after its end, not moved past the longer bars below it.
    expect(Number(first.getAttribute('x'))).toBeCloseTo(points[0]!.x + points[0]!.width + 5, 5)
  })
})
