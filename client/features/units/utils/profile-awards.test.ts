import { describe, expect, it } from 'vitest'
import { awardTotals } from '#shared/kpi/award-totals.ts'
import {
  AWARD_TYPE_SERIES,
  awardLevelRows,
  awardLevelSeries,
  awardTypeRows,
} from './profile-awards.ts'

// Thạnh Hóa, 2023 (seeds/awards-long-an.csv): 64 awards, 6 from the province, 58 its own.
const totals = awardTotals([
  {
    awardCode: 'PROVINCE_EMULATION_FLAG',
    recipientType: 'COLLECTIVE',
    issuerLevel: 'PROVINCE',
    count: 1,
  },
  {
    awardCode: 'PROVINCE_MERIT_CERTIFICATE',
    recipientType: 'INDIVIDUAL',
    issuerLevel: 'PROVINCE',
    count: 5,
  },
  {
    awardCode: 'ADVANCED_COLLECTIVE',
    recipientType: 'COLLECTIVE',
    issuerLevel: 'DISTRICT',
    count: 25,
  },
  {
    awardCode: 'GRASSROOTS_EMULATION_FIGHTER',
    recipientType: 'INDIVIDUAL',
    issuerLevel: 'DISTRICT',
    count: 15,
  },
  {
    awardCode: 'MERIT_CERTIFICATE',
    recipientType: 'COLLECTIVE',
    issuerLevel: 'DISTRICT',
    count: 18,
  },
])

const drawn = (rows: Record<string, unknown>[], keys: string[]) =>
  rows.reduce((n, r) => n + keys.reduce((m, k) => m + (Number(r[k]) || 0), 0), 0)

describe('the profile’s awards charts', () => {
  it('draw the unit’s awards once in each chart, by type and by level', () => {
    const types = awardTypeRows(totals, 'vi')
    const levels = awardLevelRows(totals, 'DISTRICT', 'vi')
    expect(drawn(types, [AWARD_TYPE_SERIES.key])).toBe(64)
    const levelKeys = awardLevelSeries({ RECEIVED: 'r', GIVEN: 'g' }).map((s) => s.key)
    expect(drawn(levels, levelKeys)).toBe(64)
    expect(types.map((r) => r.count)).toEqual([1, 25, 15, 5, 18])
  })

  it('mark the province’s awards to a district as from above, its own as given', () => {
    const levels = awardLevelRows(totals, 'DISTRICT', 'vi')
    expect(levels).toEqual([
      { key: 'PROVINCE', name: 'UBND tỉnh', count: 6, RECEIVED: 6, GIVEN: null },
      { key: 'DISTRICT', name: 'UBND cấp huyện', count: 58, RECEIVED: null, GIVEN: 58 },
    ])
  })
})
