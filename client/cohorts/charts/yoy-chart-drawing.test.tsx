import { render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { symmetricTicks, YoyChartDrawing } from './yoy-chart-drawing.tsx'
import type { YoyRow } from './to-yoy-series.ts'

const row = (code: string, deltaPct: number): YoyRow => ({
  code,
  name: `Huyện ${code}`,
  deltaPct,
  rankChange: null,
  previousRank: null,
  previousTotal: null,
  rank: 1,
  rankWithheld: null,
})

const size = { width: 500, height: 240, tick: 12, label: 12 }
const format = (v: number) => (v > 0 ? `+${v}` : `${v}`)

describe('symmetricTicks', () => {
  it('gives a symmetric axis in round steps', () => {
    expect(symmetricTicks(7.5)).toEqual({ bound: 8, ticks: [-8, -6, -4, -2, 0, 2, 4, 6, 8] })
    expect(symmetricTicks(3.2).ticks).toEqual([-4, -3, -2, -1, 0, 1, 2, 3, 4])
  })
})

describe('YoyChartDrawing', () => {
  it('draws gains right of the zero line and falls left of it, each label on the empty side', () => {
    const { container } = render(
      <YoyChartDrawing
        rows={[row('A', 6.84), row('B', -3.48)]}
        size={size}
        formatDelta={format}
        label={(r) => format(r.deltaPct)}
      />,
    )
    const zero = Number(
      container.querySelector('.recharts-reference-line-line')?.getAttribute('x1'),
    )
    const [gain, fall] = [...container.querySelectorAll('.recharts-bar-rectangle path')].map((p) =>
      (p.getAttribute('d') ?? '').match(/-?[\d.]+/g)!.map(Number),
    )
    // "M x,y h w …": the gain starts at zero, the fall ends there.
    expect(gain![0]).toBeCloseTo(zero, 5)
    expect(fall![0]! + fall![2]!).toBeCloseTo(zero, 5)
    expect(gain![2]! / fall![2]!).toBeCloseTo(6.84 / 3.48, 5)
    // Falls are hatched, not only coloured.
    expect(container.querySelectorAll('.recharts-bar-rectangle path')[1]).toHaveAttribute(
      'fill',
      expect.stringMatching(/^url\(#.+-neg\)$/),
    )
    const [gainLabel, fallLabel] = [...container.querySelectorAll('.recharts-label-list text')]
    expect(gainLabel).toHaveTextContent('+6.84')
    expect(gainLabel).toHaveAttribute('text-anchor', 'end')
    expect(Number(gainLabel!.getAttribute('x'))).toBeLessThan(zero)
    expect(fallLabel).toHaveAttribute('text-anchor', 'start')
    expect(Number(fallLabel!.getAttribute('x'))).toBeGreaterThan(zero)
  })

  it('leaves out axis marks whose labels would run into each other on a phone-wide chart', () => {
    const rows = [row('A', 22), row('B', -9)]
    const marks = (width: number) =>
      [
        ...render(
          <YoyChartDrawing
            rows={rows}
            size={{ width, height: 240, tick: 12, label: 12 }}
            formatDelta={format}
            label={(r) => format(r.deltaPct)}
          />,
        ).container.querySelectorAll('.xAxis .recharts-cartesian-axis-tick-value'),
      ].map((t) => t.textContent)
    const all = ['-25', '-20', '-15', '-10', '-5', '0', '+5', '+10', '+15', '+20', '+25']
    expect(marks(1200)).toEqual(all)
    const narrow = marks(340)
    expect(narrow.length).toBeLessThan(all.length)
    // The last mark is always there, and the others keep their order.
    expect(narrow.at(-1)).toBe('+25')
    expect(all.filter((m) => narrow.includes(m))).toEqual(narrow)
  })
})
