import { describe, expect, it } from 'vitest'
import type { CompareYear, ComparisonData } from '#shared/dto/compare.ts'
import type { UnitKind } from '#shared/domain/units.ts'
import {
  compareBasis,
  rankGap,
  shareGap,
  toCompareShareRows,
  toShareChartRow,
} from './to-compare-shares.ts'

const unit = (code: string, name: string, kind: UnitKind) => ({
  code,
  name,
  kind,
  parentCode: 'LONG_AN',
  title: null,
  validFrom: null,
  validTo: null,
})

const result = (
  kind: UnitKind,
  scheme: string | null,
  rank: number,
  fields: [string, number, number | null][],
): CompareYear => ({
  year: 2023,
  indexPct: 80,
  points: 80,
  maxPoints: 100,
  rank,
  total: 15,
  rankChange: null,
  notComparable: null,
  grade: null,
  cohort: { parent: { code: 'LONG_AN', name: 'Tỉnh Long An' }, kind, block: null },
  scheme: scheme ? { id: scheme, name: `Bộ ${scheme}` } : null,
  fields: fields.map(([code, points, maxPoints]) => ({
    code,
    points,
    maxPoints,
    sharePct: maxPoints ? Math.round((points / maxPoints) * 10000) / 100 : null,
  })),
})

const department = result('DEPARTMENT', 'S', 2, [
  ['IMPACT', 18.09, 22],
  ['LEADERSHIP', 10.07, 12],
])
const district = result('DISTRICT', 'H', 5, [
  ['IMPACT', 23.64, 30],
  ['LEADERSHIP', 8.51, 10],
])
const comparison: ComparisonData = {
  items: [
    { unit: unit('LONG_AN.SO_TU_PHAP', 'Sở Tư pháp', 'DEPARTMENT'), years: [department] },
    { unit: unit('LONG_AN.THANH_HOA', 'Huyện Thạnh Hóa', 'DISTRICT'), years: [district] },
  ],
  years: [2023],
}

describe('compare by shares', () => {
  it('puts each unit’s points over its own maximum, fields in canonical order', () => {
    const rows = toCompareShareRows(comparison, 2023)
    expect(rows.map((r) => r.code)).toEqual(['LEADERSHIP', 'IMPACT'])
    expect(rows[1]?.cells).toEqual({
      'LONG_AN.SO_TU_PHAP': { points: 18.09, maxPoints: 22, sharePct: 82.23 },
      'LONG_AN.THANH_HOA': { points: 23.64, maxPoints: 30, sharePct: 78.8 },
    })
    expect(toShareChartRow(rows[1]!)).toEqual({
      code: 'IMPACT',
      'LONG_AN.SO_TU_PHAP': 82.23,
      'LONG_AN.THANH_HOA': 78.8,
    })
    // Fewer points, the higher share: the gap is the department's lead, not a 5.55-point lag.
    expect(shareGap(78.8, 82.23)).toBe(3.43)
  })

  it('gives a unit without the year no cells', () => {
    expect(toCompareShareRows(comparison, 2022)).toEqual([])
  })

  it('says when levels and schemes differ, and under which scheme each unit was scored', () => {
    expect(compareBasis(comparison, 2023)).toEqual({
      levels: ['DEPARTMENT', 'DISTRICT'],
      levelsDiffer: true,
      schemesDiffer: true,
      schemes: [
        { code: 'LONG_AN.SO_TU_PHAP', name: 'Sở Tư pháp', scheme: 'Bộ S' },
        { code: 'LONG_AN.THANH_HOA', name: 'Huyện Thạnh Hóa', scheme: 'Bộ H' },
      ],
    })
    const sameScheme: ComparisonData = {
      ...comparison,
      items: [comparison.items[1]!, { ...comparison.items[1]!, unit: unit('B', 'B', 'DISTRICT') }],
    }
    expect(compareBasis(sameScheme, 2023)).toMatchObject({
      levelsDiffer: false,
      schemesDiffer: false,
    })
  })

  it('compares ranks only within one cohort: 13th to 5th is 8 places higher', () => {
    expect(rankGap({ ...district, rank: 13 }, district)).toBe(8)
    expect(rankGap(district, { ...district, rank: 7 })).toBe(-2)
    expect(rankGap(district, department)).toBeNull()
    // A rank among the units loaded (of 2, not of the cohort's size) is no place in the cohort.
    expect(rankGap(district, { ...district, rank: 1, total: 2 })).toBeNull()
  })
})
