import { fireEvent, render } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { RankingChartDrawing } from './ranking-chart-drawing.tsx'
import type { RankingRow } from './to-ranking-series.ts'

const row = (code: string, rank: number, indexPct: number, pattern: RankingRow['pattern']) => ({
  code,
  name: `Huyện ${code}`,
  rank,
  publishedRank: null,
  indexPct,
  grade: null,
  gradeLabel: '',
  color: '#482878',
  pattern,
})

const rows = [row('A', 1, 90, 'solid'), row('B', 2, 45, 'hatch'), row('C', 3, 30, 'hatch')]
const size = { width: 600, height: 300, tick: 12, label: 12 }
const format = (v: number) => v.toFixed(2).replace('.', ',')

function barBox(bar: Element) {
  // "M x,y h w v h h -w Z"
  const [x, y, w, h] = (bar.querySelector('path')?.getAttribute('d') ?? '')
    .match(/-?[\d.]+/g)!
    .map(Number)
  return { x: x!, y: y!, width: w!, height: h! }
}

describe('RankingChartDrawing', () => {
  it('draws one bar per unit from the axis, as long as its index on a 0–100 axis', () => {
    const { container } = render(
      <RankingChartDrawing rows={rows} size={size} formatValue={format} valueLabel="Chỉ số (%)" />,
    )
    const svg = container.querySelector('svg.recharts-surface')!
    expect(svg.getAttribute('viewBox')).toBe('0 0 600 300')
    const bars = [...container.querySelectorAll('.recharts-bar-rectangle')].map(barBox)
    expect(bars).toHaveLength(3)
    // All start at the value axis's 0; 45 is half of 90.
    expect(new Set(bars.map((b) => b.x)).size).toBe(1)
    expect(bars[1]!.width / bars[0]!.width).toBeCloseTo(0.5, 5)
    // Top to bottom in rank order, equally spaced.
    expect(bars[1]!.y - bars[0]!.y).toBeCloseTo(bars[2]!.y - bars[1]!.y, 5)
    const ticks = [...container.querySelectorAll('.xAxis .recharts-cartesian-axis-tick-value')]
    expect(ticks.map((t) => t.textContent)).toEqual(['0,00', '25,00', '50,00', '75,00', '100,00'])
    expect(container.querySelector('.xAxis .recharts-label')?.textContent).toBe('Chỉ số (%)')
    // Each bar's value just past its end, on its middle.
    const labels = [...container.querySelectorAll('.recharts-label-list text')]
    expect(labels.map((l) => l.textContent)).toEqual(['90,00', '45,00', '30,00'])
    expect(Number(labels[0]!.getAttribute('x'))).toBeCloseTo(bars[0]!.x + bars[0]!.width + 5, 5)
    // Textured grades fill from a pattern defined in the chart.
    const hatched = container.querySelectorAll('.recharts-bar-rectangle path')[1]!
    const fill = hatched.getAttribute('fill') ?? ''
    expect(fill).toMatch(/^url\(#.+\)$/)
    expect(container.querySelector(`pattern[id="${fill.slice(5, -1)}"]`)).not.toBeNull()
  })

  it('marks the reader’s unit (▶, bold, outlined) and a found unit (★, outlined)', () => {
    const { container } = render(
      <RankingChartDrawing
        rows={[rows[0]!, { ...rows[1]!, highlighted: true }, rows[2]!]}
        size={size}
        formatValue={format}
        focusCode="C"
      />,
    )
    const names = [...container.querySelectorAll('.yAxis .recharts-cartesian-axis-tick-value')]
    expect(names.map((n) => n.textContent)).toEqual(['1. Huyện A', '★ 2. Huyện B', '▶ 3. Huyện C'])
    expect(names[2]).toHaveAttribute('data-focus-unit', 'true')
    expect(names[2]).toHaveAttribute('font-weight', '700')
    const outlines = [...container.querySelectorAll('.recharts-bar-rectangle path')].map((p) =>
      p.getAttribute('stroke-width'),
    )
    expect(outlines).toEqual(['0.5', '3', '4'])
  })

  it('opens a unit when its bar is chosen', () => {
    const onSelect = vi.fn()
    const { container } = render(
      <RankingChartDrawing rows={rows} size={size} formatValue={format} onSelect={onSelect} />,
    )
    fireEvent.click(container.querySelectorAll('.recharts-bar-rectangle path')[1]!)
    expect(onSelect).toHaveBeenCalledWith(rows[1])
  })

  it('on screen, draws as wide as its box once the box is laid out', () => {
    const width = vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(340)
    try {
      const { container } = render(<RankingChartDrawing rows={rows} formatValue={format} />)
      const svg = container.querySelector('svg.recharts-surface')!
      expect(svg.getAttribute('width')).toBe('340')
      // Live, the chart is as tall as its rows need (ranking-chart.tsx).
      expect(svg.getAttribute('height')).toBe('220')
    } finally {
      width.mockRestore()
    }
  })
})
