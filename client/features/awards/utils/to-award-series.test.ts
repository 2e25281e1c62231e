import { describe, expect, it } from 'vitest'
import { awardLegend, directedAwardSeries, directionSum, toAwardRow } from './to-award-series.ts'
import type { AwardEntry } from '#shared/dto/award.ts'

// A commune's year: its own Giấy khen, and the district's Giấy khen and Bằng khen to it.
const lines = [
  { direction: 'GIVEN', awardCode: 'MERIT_CERTIFICATE', recipientType: 'INDIVIDUAL', count: 7 },
  { direction: 'GIVEN', awardCode: 'ADVANCED_WORKER', recipientType: 'INDIVIDUAL', count: 12 },
  { direction: 'RECEIVED', awardCode: 'MERIT_CERTIFICATE', recipientType: 'COLLECTIVE', count: 2 },
  {
    direction: 'RECEIVED',
    awardCode: 'PROVINCE_MERIT_CERTIFICATE',
    recipientType: 'INDIVIDUAL',
    count: 1,
  },
] as const

const item: AwardEntry = {
  unit: { code: 'X', name: 'Xã X' },
  total: 22,
  collective: 2,
  individual: 20,
  household: 0,
  byCode: { MERIT_CERTIFICATE: 9, ADVANCED_WORKER: 12, PROVINCE_MERIT_CERTIFICATE: 1 },
  byIssuer: { COMMUNE: 19, DISTRICT: 2, PROVINCE: 1 },
  given: 19,
  received: 3,
  byAwardAndRecipient: [...lines],
}

describe('the awards chart’s series', () => {
  it('puts what came from above first, each direction in the taxonomy’s order', () => {
    const series = directedAwardSeries(lines, 'vi')
    expect(series.map((s) => s.key)).toEqual([
      'RECEIVED:PROVINCE_MERIT_CERTIFICATE',
      'RECEIVED:MERIT_CERTIFICATE',
      'GIVEN:ADVANCED_WORKER',
      'GIVEN:MERIT_CERTIFICATE',
    ])
    // Giấy khen is one award whoever issued it: one colour, once in the legend.
    const giayKhen = series.filter((s) => s.code === 'MERIT_CERTIFICATE')
    expect(new Set(giayKhen.map((s) => s.color)).size).toBe(1)
    expect(awardLegend(series).map((s) => s.key)).toEqual([
      'PROVINCE_MERIT_CERTIFICATE',
      'MERIT_CERTIFICATE',
      'ADVANCED_WORKER',
    ])
  })

  it('gives each unit its received and given parts, which add up to its total once', () => {
    const series = directedAwardSeries(lines, 'vi')
    const row = toAwardRow(item)
    expect(directionSum(row, series, 'RECEIVED')).toBe(item.received)
    expect(directionSum(row, series, 'GIVEN')).toBe(item.given)
    const drawn = series.reduce((n, s) => n + (row.directed[s.key] ?? 0), 0)
    expect(drawn).toBe(item.total)
  })
})
