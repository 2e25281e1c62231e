import { render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { estimateTextWidth } from '#client/lib/text-metrics.ts'
import { type ChartBreak, IndexYearsChartDrawing } from './index-years-chart-drawing.tsx'
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
const standingLabels = {
  axis: 'Vị trí trong nhóm',
  first: 'Đầu bảng',
  middle: 'Giữa',
  last: 'Cuối bảng',
}
const format = (v: number) => v.toFixed(2).replace('.', ',')

function draw(breaks = [{ year: 2025, label: 'Sáp nhập 01/07/2025' }]) {
  return drawRows(rows, size, breaks)
}

// Thạnh Hóa, Long An: 13/15, 14/15, 13/15, 12/15 and 5/15 from 2019 to 2023.
const thanhHoa = [
  year(2019, 71.67, 13, 15, 0),
  year(2020, 67.96, 14, 15, 0),
  year(2021, 73.35, 13, 15, 0),
  year(2022, 74.75, 12, 15, 0),
  year(2023, 80.1, 5, 15, 0),
]

function drawRows(shown: IndexYearRow[], at = size, breaks: ChartBreak[] = []) {
  return render(
    <IndexYearsChartDrawing
      rows={shown}
      breaks={breaks}
      size={at}
      formatValue={format}
      formatTick={String}
      rankLabel="Thứ hạng"
      standingLabels={standingLabels}
      valueLabel="Chỉ số (%)"
    />,
  ).container
}

type Point = { x: number; y: number }
type TextBox = { left: number; right: number; top: number; bottom: number }

function dotsOf(chart: HTMLElement): Point[] {
  return [...chart.querySelectorAll('.recharts-line-dot')].map((d) => ({
    x: Number(d.getAttribute('cx')),
    y: Number(d.getAttribute('cy')),
  }))
}

/** The rank line's segments, read from its paths. */
function lineSegments(chart: HTMLElement): [Point, Point][] {
  return [...chart.querySelectorAll('path.recharts-line-curve')].flatMap((path) => {
    const numbers = (path.getAttribute('d') ?? '').match(/-?[\d.]+/g)!.map(Number)
    const points = numbers.flatMap((n, i) => (i % 2 === 0 ? [{ x: n, y: numbers[i + 1]! }] : []))
    return points.slice(1).map((p, i): [Point, Point] => [points[i]!, p])
  })
}

/**
 * The labels' boxes as a reader sees them: the text's width in bold Inter at `font` px, from a cap
 * height above its baseline to a slash's tail below it (the index labels first, then the ranks).
 */
function labelBoxes(chart: HTMLElement, count: number, font = 12) {
  const boxes = [...chart.querySelectorAll('.recharts-label-list text')].map((t): TextBox => {
    const x = Number(t.getAttribute('x'))
    const y = Number(t.getAttribute('y'))
    const width = estimateTextWidth(t.textContent ?? '', font, true)
    return {
      left: x - width / 2,
      right: x + width / 2,
      top: y - 0.75 * font,
      bottom: y + 0.2 * font,
    }
  })
  return { index: boxes.slice(0, count), rank: boxes.slice(count) }
}

/** The bars' boxes, read from their paths. */
function barBoxes(chart: HTMLElement): TextBox[] {
  return [...chart.querySelectorAll('.recharts-bar-rectangle path')].map((p) => {
    const [x, y, w, h] = (p.getAttribute('d') ?? '').match(/-?[\d.]+/g)!.map(Number)
    return { left: x!, right: x! + w!, top: y!, bottom: y! + h! }
  })
}

/** The y of each line across a panel's plot (its grid), top to bottom. */
function gridOf(chart: HTMLElement, panel: 'index' | 'rank'): number[] {
  return [...chart.querySelectorAll(`[data-panel="${panel}"] .recharts-cartesian-grid line`)].map(
    (l) => Number(l.getAttribute('y1')),
  )
}

/** The rank panel's plot, from its axis line: what the rank's marks keep within. */
function rankPlot(chart: HTMLElement): TextBox {
  const axis = chart.querySelector('[data-panel="rank"] .recharts-cartesian-axis-line')!
  const bars = barBoxes(chart)
  return {
    left: Number(axis.getAttribute('x1')),
    right: Math.max(...bars.map((b) => b.right)) + 100,
    top: Number(axis.getAttribute('y1')),
    bottom: Number(axis.getAttribute('y2')),
  }
}

function overlap(a: TextBox, b: TextBox): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom
}

/** Whether a segment passes through a box: tested at every tenth of a pixel along it. */
function crosses([from, to]: [Point, Point], box: TextBox): boolean {
  const steps = Math.ceil(Math.hypot(to.x - from.x, to.y - from.y) * 10)
  for (let k = 0; k <= steps; k += 1) {
    const x = from.x + ((to.x - from.x) * k) / steps
    const y = from.y + ((to.y - from.y) * k) / steps
    if (x > box.left && x < box.right && y > box.top && y < box.bottom) return true
  }
  return false
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
    // One line through both panels, from the index's 100 to the rank's foot, one label above.
    expect(chart.querySelectorAll('.recharts-reference-line-line')).toHaveLength(1)
    const label = chart.querySelectorAll('text.recharts-label.chart-break-label')
    expect(label).toHaveLength(1)
    expect(label[0]).toHaveTextContent('Sáp nhập 01/07/2025')
    expect(Number(line.getAttribute('y1'))).toBeCloseTo(Math.min(...gridOf(chart, 'index')))
    expect(Number(line.getAttribute('y2'))).toBeCloseTo(rankPlot(chart).bottom)
    expect(Number(label[0]!.getAttribute('y'))).toBeLessThan(Number(line.getAttribute('y1')))
  })

  it("keeps a break's label inside a narrow chart, centred over its line where there is room", () => {
    const label = 'Đổi phương pháp đánh giá'
    const breaks = [{ year: 2022, label }]
    const labelWidth = estimateTextWidth(label, size.label, true)
    // A phone's chart (the first break near the right) and a desktop's (room on both sides).
    for (const width of [300, 574]) {
      const chart = drawRows(thanhHoa, { ...size, width }, breaks)
      const text = chart.querySelector('text.chart-break-label')!
      const left = Number(text.getAttribute('x'))
      expect(text.getAttribute('text-anchor')).toBe('start')
      expect(left).toBeGreaterThanOrEqual(0)
      expect(left + labelWidth).toBeLessThanOrEqual(width)
      if (width === 574) {
        const lineX = Number(
          chart.querySelector('.recharts-reference-line-line')!.getAttribute('x1'),
        )
        expect(left + labelWidth / 2).toBeCloseTo(lineX, 0)
      }
    }
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

  it('marks the rank axis from 1st to the last place in round steps, however large the cohort', () => {
    const marksOf = (chart: HTMLElement) =>
      [
        ...chart
          .querySelectorAll('.yAxis')[1]!
          .querySelectorAll('.recharts-cartesian-axis-tick-value'),
      ].map((t) => Number(t.textContent))
    const ofSixtyThree = rows.slice(0, 2)
    // At the height the page draws it: room for every mark.
    const page = { ...size, height: 420 }
    expect(marksOf(drawRows(ofSixtyThree, page))).toEqual([1, 20, 40, 63])
    expect(marksOf(drawRows(thanhHoa, page))).toEqual([1, 5, 10, 15])
    // Shorter, a longer step as the labels crowd: 1st and the last place kept, the steps between
    // still one round amount.
    const steps = (marks: number[]) => new Set(marks.slice(2, -1).map((m, i) => m - marks[i + 1]!))
    const short = { ...size, height: 360 }
    for (const [shown, last] of [
      [ofSixtyThree, 63],
      [thanhHoa, 15],
    ] as const) {
      const marks = marksOf(drawRows(shown, short))
      expect(marks[0]).toBe(1)
      expect(marks.at(-1)).toBe(last)
      expect(steps(marks).size).toBeLessThanOrEqual(1)
    }
  })

  it('draws ranks among cohorts of different sizes at their place in each, first to last', () => {
    // Tây Ninh before and after the merger, and the last of each cohort: 63/63, then 34/34.
    const ends = [
      year(2022, 80, 1, 63, 0),
      year(2023, 70, 63, 63, 0),
      year(2025, 90, 1, 34, 1),
      year(2026, 60, 34, 34, 1),
    ]
    const chart = drawRows(ends, size, [{ year: 2025, label: 'Sáp nhập 01/07/2025' }])
    const dots = dotsOf(chart)
    // First is first and last is last, whatever the cohort's size: no rise the ranks do not say.
    expect(dots[2]!.y).toBeCloseTo(dots[0]!.y)
    expect(dots[3]!.y).toBeCloseTo(dots[1]!.y)
    const axis = chart.querySelectorAll('.yAxis')[1]!
    const marks = [...axis.querySelectorAll('.recharts-cartesian-axis-tick-value')]
    expect(marks.map((m) => m.textContent)).toEqual(['Đầu bảng', 'Giữa', 'Cuối bảng'])
    expect(axis.querySelector('text.recharts-label')).toHaveTextContent('Vị trí trong nhóm')
    // The labels still give each rank as published.
    const labels = [...chart.querySelectorAll('.recharts-label-list text')].map(
      (t) => t.textContent,
    )
    expect(labels.slice(4)).toEqual(['1/63', '63/63', '1/34', '34/34'])
    // Tây Ninh's 15/34 is a little above the middle of its cohort, not a quarter down an axis of 63.
    const tayNinh = dotsOf(draw())
    const [first, last] = [dots[0]!.y, dots[1]!.y]
    expect((tayNinh[2]!.y - first) / (last - first)).toBeCloseTo(14 / 33)
  })

  it('draws the rank in a panel of its own, wholly under the index’s bars and their labels', () => {
    // The last of the cohort, and the first: the rank's two ends.
    const ends = thanhHoa.map((r, i) =>
      i === 1 ? { ...r, rank: 15 } : i === 4 ? { ...r, rank: 1 } : r,
    )
    const chart = drawRows(ends)
    const bars = barBoxes(chart)
    const { index, rank } = labelBoxes(chart, ends.length)
    const indexFoot = Math.max(...bars.map((b) => b.bottom), ...index.map((b) => b.bottom))
    const plot = rankPlot(chart)
    // The index panel: its 0–100 grid, the bars standing on its foot.
    const indexGrid = gridOf(chart, 'index')
    expect(Math.max(...indexGrid)).toBe(indexFoot)
    expect(plot.top).toBeGreaterThan(indexFoot)
    // Everything the rank panel draws is under the index's foot: its grid, dots, line and labels.
    const dots = dotsOf(chart)
    for (const y of [
      ...gridOf(chart, 'rank'),
      ...dots.map((d) => d.y - 6),
      ...lineSegments(chart).flatMap(([a, b]) => [a.y, b.y]),
      ...rank.map((b) => b.top),
    ])
      expect(y).toBeGreaterThan(indexFoot)
    // The first sits at the top of the rank's plot, the last at its foot, each label inside it.
    expect(dots[4]!.y).toBeLessThan(dots[0]!.y)
    expect(dots[1]!.y).toBeGreaterThan(dots[0]!.y)
    for (const box of rank) {
      expect(box.top).toBeGreaterThanOrEqual(plot.top)
      expect(box.bottom).toBeLessThanOrEqual(plot.bottom)
    }
  })

  it('never sets a rank label on a bar, at a phone’s width, a desktop’s and every export target’s', () => {
    const partial = [
      year(2022, 84.1, 35, 63, 0),
      year(2023, 86.04, 1, 63, 0),
      { ...year(2024, 88.61, 2, 12, 0), amongLoaded: true },
      year(2025, 89.44, 34, 34, 1),
    ]
    const sizes = [
      { width: 340, height: 420, tick: 12, label: 12 },
      { ...size, width: 574 },
      // A4 portrait, A4 landscape and a slide, as export-svg.ts lays them out.
      { width: 966, height: 483, tick: 22.1, label: 22.1 },
      { width: 1466, height: 528, tick: 21.5, label: 21.5 },
      { width: 934, height: 380, tick: 14, label: 14 },
    ]
    const merger = [{ year: 2025, label: 'Sáp nhập 01/07/2025' }]
    for (const at of sizes)
      for (const [shown, breaks] of [
        [thanhHoa, [{ year: 2022, label: 'Đổi phương pháp đánh giá' }]],
        [rows, merger],
        [partial, merger],
      ] as const) {
        const chart = drawRows([...shown], at, [...breaks])
        const { rank } = labelBoxes(chart, shown.length, at.label)
        const plot = rankPlot(chart)
        for (const label of rank) {
          for (const bar of barBoxes(chart)) expect(overlap(label, bar)).toBe(false)
          expect(label.top).toBeGreaterThanOrEqual(plot.top)
          expect(label.bottom).toBeLessThanOrEqual(plot.bottom)
        }
      }
  })

  it('sets each rank label clear of the rank line, below a low point and above a high one', () => {
    const chart = drawRows(thanhHoa)
    const { rank } = labelBoxes(chart, thanhHoa.length)
    const segments = lineSegments(chart)
    expect(segments).toHaveLength(thanhHoa.length - 1)
    for (const box of rank)
      for (const segment of segments) expect(crosses(segment, box)).toBe(false)
    const dots = dotsOf(chart)
    // 14/15 in 2020 is below both its neighbours: its label hangs under it.
    expect(rank[1]!.top).toBeGreaterThan(dots[1]!.y)
    // 5/15 in 2023 is above its only neighbour: its label stands over it.
    expect(rank[4]!.bottom).toBeLessThan(dots[4]!.y)
  })

  it('keeps rank labels clear of each other and of the rank line where years crowd', () => {
    // Ten years of a cohort of 63 on a phone, a rank apart: bands narrower than a label.
    const crowded = Array.from({ length: 10 }, (_, i) =>
      year(2014 + i, 80 + i, 37 + (i % 2), 63, 0),
    )
    const chart = drawRows(crowded, { ...size, width: 390 })
    const { rank } = labelBoxes(chart, crowded.length)
    for (const [k, a] of rank.entries())
      for (const b of rank.slice(k + 1)) expect(overlap(a, b)).toBe(false)
    for (const box of rank)
      for (const segment of lineSegments(chart)) expect(crosses(segment, box)).toBe(false)
  })

  it('joins every year with one line when nothing breaks the history', () => {
    const chart = render(
      <IndexYearsChartDrawing
        rows={rows.map((r) => ({ ...r, segment: 0, total: 15, rank: 5 }))}
        breaks={[]}
        size={size}
        formatValue={format}
        rankLabel="Thứ hạng"
        standingLabels={standingLabels}
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
        standingLabels={standingLabels}
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

  it('titles each panel over its own axis, level', () => {
    const chart = drawRows(thanhHoa, size, [{ year: 2022, label: 'Đổi phương pháp đánh giá' }])
    const titles = [...chart.querySelectorAll('.yAxis text.recharts-label')]
    expect(titles.map((t) => t.textContent)).toEqual(['Chỉ số (%)', 'Thứ hạng'])
    for (const title of titles) {
      expect(title).toHaveAttribute('text-anchor', 'start')
      expect(title).not.toHaveAttribute('transform')
    }
    const baseline = (k: number) => Number(titles[k]!.getAttribute('y'))
    const indexGrid = gridOf(chart, 'index')
    // The index's over its 100; the rank's between the two plots.
    expect(baseline(0)).toBeLessThan(Math.min(...indexGrid))
    expect(baseline(1) - 0.75 * size.tick).toBeGreaterThan(Math.max(...indexGrid))
    expect(baseline(1)).toBeLessThan(rankPlot(chart).top)
  })

  it('writes a break’s label beside the index’s title, or on a line above it where they would meet', () => {
    const label = 'Đổi phương pháp đánh giá'
    const boxOf = (text: Element, bold: boolean): TextBox => {
      const x = Number(text.getAttribute('x'))
      const y = Number(text.getAttribute('y'))
      const width = estimateTextWidth(text.textContent ?? '', size.tick, bold)
      return { left: x, right: x + width, top: y - 0.75 * size.tick, bottom: y + 0.2 * size.tick }
    }
    // Late in the years, on a desktop: beside the title. Early, on a phone: above it.
    for (const [at, breakYear, shared] of [
      [574, 2022, true],
      [300, 2020, false],
    ] as const) {
      const chart = drawRows(thanhHoa, { ...size, width: at }, [{ year: breakYear, label }])
      const title = boxOf(chart.querySelector('.yAxis text.recharts-label')!, false)
      const mark = boxOf(chart.querySelector('text.chart-break-label')!, true)
      expect(overlap(title, mark)).toBe(false)
      expect(mark.bottom).toBeLessThan(Math.min(...gridOf(chart, 'index')))
      if (shared) expect(mark.top).toBe(title.top)
      else expect(mark.bottom).toBeLessThan(title.top)
    }
  })
})
