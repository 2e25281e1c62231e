import { estimateTextWidth } from '#client/lib/text-metrics.ts'
import { render, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { BumpSeries } from '../utils/to-bump-series.ts'
import { type BumpChartProps, BumpChartDrawing } from './bump-chart-drawing.tsx'
import type { BumpStyle } from './bump-chart.tsx'

/** The national ranks 2023–2025 (63 provinces, then 34): four of them ranked 1 to 4 in 2025. */
const PROVINCES = [
  ['HA_NOI', 'Thành phố Hà Nội', [3, 3, 1]],
  ['HAI_PHONG', 'Thành phố Hải Phòng', [2, 1, 2]],
  ['HO_CHI_MINH', 'Thành phố Hồ Chí Minh', [null, null, 3]],
  ['QUANG_NINH', 'Tỉnh Quảng Ninh', [null, null, 4]],
  ['TAY_NINH', 'Tỉnh Tây Ninh', [37, 30, 15]],
  ['AN_GIANG', 'Tỉnh An Giang', [29, 34, 21]],
] as const
const YEARS = [2023, 2024, 2025]
const series: BumpSeries = {
  rows: YEARS.map((year, i) => ({
    year,
    ...Object.fromEntries(PROVINCES.map(([code, , ranks]) => [code, ranks[i] ?? null])),
  })),
  units: PROVINCES.map(([code, name, ranks]) => ({ code, name, lastRank: ranks[2] ?? null })),
  maxRank: 63,
}
const styles: BumpStyle[] = PROVINCES.map(([code, name], i) => ({
  code,
  name,
  color: ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#000000', '#D55E00'][i]!,
}))

/** The chart at an A4 portrait export's plot and type, the national break between 2024 and 2025. */
function drawA4(more: Partial<BumpChartProps> = {}) {
  return render(
    <BumpChartDrawing
      series={series}
      styles={styles}
      size={{ width: 966, height: 483, tick: 22.1, label: 22.1 }}
      breaks={[{ year: 2025, label: 'Số đơn vị xếp hạng: 63 → 34' }]}
      rankLabel="Hạng"
      {...more}
    />,
  )
}

describe('BumpChartDrawing', () => {
  it('spreads the names at the lines’ ends a line apart, joining each moved one to its point', async () => {
    // An A4 portrait export's plot and type.
    const size = { width: 966, height: 483, tick: 22.1, label: 22.1 }
    const { container } = drawA4({ size })
    await waitFor(() => expect(container.querySelectorAll('text[data-line-label]')).toHaveLength(6))
    const names = [...container.querySelectorAll('text[data-line-label]')].map((t) => ({
      code: t.getAttribute('data-line-label'),
      x: Number(t.getAttribute('x')),
      y: Number(t.getAttribute('y')),
    }))
    // Top to bottom in the order of the ranks.
    expect(names.map((n) => n.code)).toEqual(PROVINCES.map(([code]) => code))
    const ys = names.map((n) => n.y)
    for (let i = 1; i < ys.length; i += 1)
      expect(
        ys[i]! - ys[i - 1]!,
        `${names[i]?.code} under ${names[i - 1]?.code}`,
      ).toBeGreaterThanOrEqual(size.label * 1.15 - 1e-6)
    // All in one column, inside the image.
    expect(new Set(names.map((n) => n.x)).size).toBe(1)
    for (const y of ys) {
      expect(y).toBeGreaterThan(0)
      expect(y).toBeLessThan(size.height)
    }
    // Names that moved off their points are joined to them.
    expect(container.querySelectorAll('.bump-line-ends line').length).toBeGreaterThan(0)
  })

  it('draws a break between the two years it separates, not through the later year’s points', async () => {
    const { container } = drawA4()
    await waitFor(() => expect(container.querySelectorAll('.bump-breaks line')).toHaveLength(1))
    const x = Number(container.querySelector('.bump-breaks line')?.getAttribute('x1'))
    // The years' x, from the dots drawn at them (2023, 2024, 2025).
    const yearXs = [
      ...new Set(
        [...container.querySelectorAll('.recharts-line-dot')].map((d) =>
          Number(d.getAttribute('cx')),
        ),
      ),
    ].sort((p, q) => p - q)
    expect(yearXs).toHaveLength(YEARS.length)
    const yearX = (year: number) => yearXs[YEARS.indexOf(year)]!
    expect(x).toBeGreaterThan(yearX(2024))
    expect(x).toBeLessThan(yearX(2025))
    expect(container.querySelector('.bump-breaks text')).toHaveTextContent('63 → 34')
  })

  it("keeps a break's label inside a phone-wide image, centred over its line where there is room", async () => {
    const label = 'Sáp nhập 01/07/2025; Đổi phương pháp đánh giá'
    for (const width of [360, 966]) {
      const { container, unmount } = drawA4({
        size: { width, height: 483, tick: 14, label: 14 },
        breaks: [{ year: 2025, label }],
      })
      await waitFor(() => expect(container.querySelectorAll('.bump-breaks text')).toHaveLength(1))
      const text = container.querySelector('.bump-breaks text')!
      const left = Number(text.getAttribute('x'))
      const textWidth = estimateTextWidth(label, 14, true)
      expect(left).toBeGreaterThanOrEqual(0)
      expect(left + textWidth).toBeLessThanOrEqual(width + 1e-6)
      if (width === 966) {
        const lineX = Number(container.querySelector('.bump-breaks line')!.getAttribute('x1'))
        expect(left + textWidth / 2).toBeCloseTo(lineX, 0)
      }
      unmount()
    }
  })

  it('marks first, middle and last where each rank is drawn at its place in its cohort', async () => {
    const { container } = drawA4({
      standingLabels: {
        axis: 'Vị trí trong nhóm',
        first: 'Đầu bảng',
        middle: 'Giữa',
        last: 'Cuối bảng',
      },
    })
    await waitFor(() => expect(container.querySelectorAll('text[data-line-label]')).toHaveLength(6))
    // Three marks, not a rank every five: the top, the middle and the foot of the plot.
    const marks = [...container.querySelectorAll('.recharts-yAxis-tick-lines line')].map((l) =>
      Number(l.getAttribute('y1')),
    )
    expect(marks).toHaveLength(3)
    expect(marks[1]! - marks[0]!).toBeCloseTo(marks[2]! - marks[1]!)
  })

  it('names as many lines as the plot holds, smaller first, then the reader’s and the ends', async () => {
    // 36 units of one district, one a line: more names than an A4 portrait plot holds.
    const units = Array.from({ length: 36 }, (_, i) => ({
      code: `X${i + 1}`,
      name: `Xã ${i + 1}`,
      ranks: [((i + 7) % 36) + 1, i + 1],
    }))
    const many: BumpSeries = {
      rows: [2023, 2024].map((year, y) => ({
        year,
        ...Object.fromEntries(units.map((u) => [u.code, u.ranks[y] ?? null])),
      })),
      units: units.map((u) => ({ code: u.code, name: u.name, lastRank: u.ranks[1] ?? null })),
      maxRank: 36,
    }
    const size = { width: 966, height: 483, tick: 22.1, label: 22.1 }
    const { container } = render(
      <BumpChartDrawing
        series={many}
        styles={units.map((u) => ({ code: u.code, name: u.name, color: '#0072B2' }))}
        size={size}
      />,
    )
    await waitFor(() =>
      expect(container.querySelectorAll('text[data-line-label]').length).toBeGreaterThan(0),
    )
    const texts = [...container.querySelectorAll('text[data-line-label]')]
    const ys = texts.map((t) => Number(t.getAttribute('y')))
    const font = Number(texts[0]?.getAttribute('font-size'))
    expect(font).toBeLessThan(size.label)
    expect(font).toBeGreaterThanOrEqual(size.label * 0.85 - 1e-6)
    // None overprints another, none leaves the image; the first and the last are named.
    for (let i = 1; i < ys.length; i += 1) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(font)
    for (const y of ys) expect(y).toBeLessThan(size.height)
    const named = texts.map((t) => t.getAttribute('data-line-label'))
    expect(named[0]).toBe('X1')
    expect(named.at(-1)).toBe('X36')
    expect(named.length).toBeLessThan(36)
  })
})

/** Fifteen districts over 2019–2023, broken at 2022 by a change of method; two share 2nd in 2021. */
const DISTRICTS = Array.from({ length: 15 }, (_, i) => ({
  code: `D${i + 1}`,
  name: `Huyện Số ${['Một', 'Hai', 'Ba', 'Bốn', 'Năm'][i % 5]} ${i + 1}`,
  ranks: [i + 1, ((i + 3) % 15) + 1, i === 1 ? 2 : ((i + 5) % 15) + 1, ((i + 7) % 15) + 1, 15 - i],
}))
const BROKEN: BumpSeries = {
  rows: [2019, 2020, 2021, 2022, 2023].map((year, y) => ({
    year,
    ...Object.fromEntries(DISTRICTS.map((d) => [d.code, d.ranks[y] ?? null])),
  })),
  units: DISTRICTS.map((d) => ({ code: d.code, name: d.name, lastRank: d.ranks[4] ?? null })),
  maxRank: 15,
}
const BROKEN_STYLES: BumpStyle[] = DISTRICTS.map((d) => ({
  code: d.code,
  name: d.name,
  color: '#0072B2',
}))

function drawBroken(size: { width: number; height: number; tick: number; label: number }) {
  return render(
    <BumpChartDrawing
      series={BROKEN}
      styles={BROKEN_STYLES}
      size={size}
      breaks={[{ year: 2022, label: 'Đổi phương pháp đánh giá' }]}
      rankLabel="Hạng"
    />,
  )
}

describe('BumpChartDrawing broken by a change of method', () => {
  it('names the lines of the stretch before the break in its gap, legibly and apart', async () => {
    for (const size of [
      // A4 portrait, A4 landscape and a slide: their plots and types.
      { width: 966, height: 483, tick: 22.1, label: 22.1 },
      { width: 1466, height: 500, tick: 21.4, label: 21.4 },
      { width: 926, height: 400, tick: 14, label: 14 },
    ]) {
      const { container, unmount } = drawBroken(size)
      await waitFor(() =>
        expect(container.querySelectorAll('text[data-stretch-label]')).toHaveLength(15),
      )
      // The last year's names are as before, one a line.
      expect(container.querySelectorAll('text[data-line-label]')).toHaveLength(15)
      const dots = [...container.querySelectorAll('.recharts-line-dot')]
      const yearXs = [...new Set(dots.map((d) => Number(d.getAttribute('cx'))))].sort(
        (p, q) => p - q,
      )
      expect(yearXs).toHaveLength(5)
      const breakX = Number(container.querySelector('.bump-breaks line')?.getAttribute('x1'))
      const names = [...container.querySelectorAll('text[data-stretch-label]')].map((t) => ({
        x: Number(t.getAttribute('x')),
        y: Number(t.getAttribute('y')),
        font: Number(t.getAttribute('font-size')),
        width: estimateTextWidth(t.textContent ?? '', Number(t.getAttribute('font-size'))),
      }))
      for (const n of names) {
        // Right of 2021's points, wholly left of the break's line, in the chart's own type.
        expect(n.x).toBeGreaterThan(yearXs[2]!)
        expect(n.x + n.width).toBeLessThan(breakX)
        expect(n.font).toBeGreaterThanOrEqual(size.label * 0.85 - 1e-6)
      }
      expect(breakX).toBeLessThan(yearXs[3]!)
      const ys = names.map((n) => n.y).sort((p, q) => p - q)
      for (let i = 1; i < ys.length; i += 1)
        expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(names[0]!.font * 1.15 - 1e-6)
      // Hover and a pick fade a stretch's names with its line: they are the line's labels.
      expect(container.querySelector('text[data-stretch-label="D2"]')?.getAttribute('class')).toBe(
        `bump-label bump-label-1`,
      )
      unmount()
    }
  })

  it('leaves a phone-wide image’s short gap to the legend', async () => {
    const { container } = drawBroken({ width: 360, height: 483, tick: 14, label: 14 })
    await waitFor(() =>
      expect(container.querySelectorAll('text[data-line-label]')).toHaveLength(15),
    )
    expect(container.querySelectorAll('text[data-stretch-label]')).toHaveLength(0)
    expect(container.querySelectorAll('.bump-breaks line')).toHaveLength(1)
  })
})
