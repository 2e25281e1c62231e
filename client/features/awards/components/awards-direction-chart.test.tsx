import { render } from '@testing-library/react'
import { describe, expect, it, onTestFinished, vi } from 'vitest'
import { pathBox } from '#client/testing/svg-chart.ts'
import { AwardsDirectionChart } from './awards-direction-chart.tsx'
import { directedAwardSeries, toAwardRow } from '../utils/to-award-series.ts'
import type { AwardEntry } from '#shared/dto/award.ts'

const entry = (
  code: string,
  lines: [direction: 'GIVEN' | 'RECEIVED', award: string, count: number][],
): AwardEntry => {
  const byCode: Record<string, number> = {}
  for (const [, award, n] of lines) byCode[award] = (byCode[award] ?? 0) + n
  const sum = (d: string) => lines.reduce((n, l) => (l[0] === d ? n + l[2] : n), 0)
  return {
    unit: { code, name: `Huyện ${code}` },
    total: sum('GIVEN') + sum('RECEIVED'),
    collective: sum('GIVEN') + sum('RECEIVED'),
    individual: 0,
    household: 0,
    byCode,
    byIssuer: {},
    given: sum('GIVEN'),
    received: sum('RECEIVED'),
    byAwardAndRecipient: lines.map(([direction, awardCode, count]) => ({
      direction,
      awardCode,
      recipientType: 'COLLECTIVE',
      count,
    })),
  }
}

// Thoại Sơn's 2022 (seeds/awards-an-giang.csv) in small: a flag and a Bằng khen from the province
// among its own Giấy khen and "Tập thể lao động tiên tiến".
const entries = [
  entry('A', [
    ['RECEIVED', 'PROVINCE_EMULATION_FLAG', 1],
    ['RECEIVED', 'PROVINCE_MERIT_CERTIFICATE', 1],
    ['GIVEN', 'ADVANCED_COLLECTIVE', 11],
    ['GIVEN', 'MERIT_CERTIFICATE', 22],
  ]),
  entry('B', [['GIVEN', 'MERIT_CERTIFICATE', 40]]),
]
const rows = entries.map(toAwardRow)
const series = directedAwardSeries(
  entries.flatMap((e) => e.byAwardAndRecipient),
  'vi',
)
const headings = { RECEIVED: 'Từ cấp trên', GIVEN: 'Đơn vị tự khen' }

function draw(width = 700) {
  return render(
    <AwardsDirectionChart
      rows={rows}
      series={series}
      headings={headings}
      size={{ width, height: 300, tick: 12, label: 12 }}
      formatValue={String}
      totalText={(total) => `tổng ${total}`}
      valueLabel="Số khen thưởng"
    />,
  ).container
}

const boxesOf = (part: Element) => [...part.querySelectorAll('.recharts-bar path')].map(pathBox)

describe('AwardsDirectionChart', () => {
  it('draws the awards from above in a part of their own, left of and apart from those given', () => {
    const container = draw()
    const [received, given] = [...container.querySelectorAll('g[data-direction]')]
    expect(received?.getAttribute('data-direction')).toBe('RECEIVED')
    expect(given?.getAttribute('data-direction')).toBe('GIVEN')
    expect(received?.querySelector('.facet-heading')?.textContent).toBe('Từ cấp trên')
    expect(given?.querySelector('.facet-heading')?.textContent).toBe('Đơn vị tự khen')
    const up = boxesOf(received!)
    const own = boxesOf(given!)
    // A's flag and Bằng khen; A's and B's own awards (B has none from above).
    expect(up).toHaveLength(2)
    expect(own).toHaveLength(3)
    const rule = Number(container.querySelector('.facet-rule')?.getAttribute('x1'))
    for (const box of up) expect(box.x + box.width).toBeLessThan(rule)
    for (const box of own) expect(box.x).toBeGreaterThan(rule)
    // One scale: A's 2 from above are as long as 2 of its own would be.
    const perAward = (own[0]!.width + own[1]!.width) / 33
    expect(up[0]!.width + up[1]!.width).toBeCloseTo(2 * perAward, 6)
  })

  it('writes each part’s sum past its bar, and the total after the own awards’ where both have some', () => {
    const container = draw()
    const [received, given] = [...container.querySelectorAll('g[data-direction]')]
    const figures = (part: Element) =>
      [...part.querySelectorAll('.recharts-label-list text')].map((t) => t.textContent)
    expect(figures(received!)).toEqual(['2'])
    // The page orders rows by their totals, which A's 33 alone does not show; B received none.
    expect(figures(given!)).toEqual(['33 (tổng 35)', '40'])
    expect(2 + 33).toBe(entries[0]!.total)
  })

  it('marks each part in even steps as many as its width has room for, both ends kept', () => {
    const ticks = (container: Element) =>
      [...container.querySelectorAll('g[data-direction]')].map((part) =>
        [...part.querySelectorAll('.xAxis text')]
          .map((t) => Number(t.textContent))
          .filter(Number.isFinite),
      )
    const even = (marks: number[]) =>
      new Set(marks.slice(1).map((m, i) => m - (marks[i] ?? 0))).size === 1
    for (const width of [330, 500, 700, 1000]) {
      const [received, given] = ticks(draw(width))
      // Never one mark left out between kept ones (0, 5, 10, 20).
      expect(received!.length).toBeGreaterThanOrEqual(2)
      expect(even(received!)).toBe(true)
      expect(given![0]).toBe(0)
      expect(even(given!)).toBe(true)
    }
    const [narrowReceived] = ticks(draw(330))
    const [wideReceived] = ticks(draw(1000))
    expect(narrowReceived!.length).toBeLessThan(wideReceived!.length)
  })

  it('puts the part from above over the part given, each as wide as the chart, on a phone', () => {
    // A phone's chart box: the page's 390 px less its padding.
    const phoneWidth = vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(358)
    onTestFinished(() => phoneWidth.mockRestore())
    const container = render(
      <AwardsDirectionChart
        rows={rows}
        series={series}
        headings={headings}
        formatValue={String}
        totalText={(total) => `tổng ${total}`}
        valueLabel="Số khen thưởng"
        stacked
      />,
    ).container
    const [received, given] = [...container.querySelectorAll('g[data-direction]')]
    const line = (part: Element) => part.querySelector('.xAxis .recharts-cartesian-axis-line')
    const x = (part: Element, end: 'x1' | 'x2') => Number(line(part)?.getAttribute(end))
    expect(x(received!, 'x1')).toBe(x(given!, 'x1'))
    expect(x(received!, 'x2')).toBe(x(given!, 'x2'))
    // One scale in both: A's 2 from above as long as 2 of its own.
    const up = boxesOf(received!)
    const own = boxesOf(given!)
    const perAward = (own[0]!.width + own[1]!.width) / 33
    expect(up[0]!.width + up[1]!.width).toBeCloseTo(2 * perAward, 6)
    // Each unit's name above its bars, both parts.
    const names = (part: Element) =>
      [...part.querySelectorAll('.yAxis text')].map((t) => t.textContent)
    expect(names(received!)).toEqual(['Huyện A', 'Huyện B'])
    expect(names(given!)).toEqual(['Huyện A', 'Huyện B'])
    expect(Math.min(...up.map((b) => b.y))).toBeGreaterThan(
      Number(received!.querySelector('.yAxis text')?.getAttribute('y')),
    )
  })
})
