import { render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
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

  it('leaves a received part too narrow for its numbers without them, the given part’s axis numbered', () => {
    const ticks = (container: Element) =>
      [...container.querySelectorAll('g[data-direction]')].map((part) =>
        [...part.querySelectorAll('.xAxis text')].map((t) => t.textContent).filter(Boolean),
      )
    const [wideReceived, wideGiven] = ticks(draw())
    expect(wideReceived!.length).toBeGreaterThan(1)
    expect(wideGiven!.length).toBeGreaterThan(1)
    const [narrowReceived, narrowGiven] = ticks(draw(330))
    expect(narrowReceived).toEqual([])
    expect(narrowGiven![0]).toBe('0')
  })
})
