import { describe, expect, it } from 'vitest'
import type { Comparison } from '#shared/dto/compare.ts'
import { commonYear, differenceFrom, toCompareFieldRows, toCompareYearRows } from './to-compare-series.ts'

const unit = (code: string) => ({ code, name: code, kind: 'DISTRICT' as const, parentCode: 'LONG_AN', validFrom: null, validTo: null })
const year = (y: number, indexPct: number, fields: [string, number][]) => ({
  year: y,
  indexPct,
  points: indexPct,
  maxPoints: 100,
  rank: 1,
  total: 15,
  grade: null,
  fields: fields.map(([code, points]) => ({ code, points, maxPoints: 10 })),
})

const comparison: Comparison = {
  items: [
    { unit: unit('A'), years: [year(2022, 70, [['IMPACT', 20], ['LEADERSHIP', 7]]), year(2023, 80.1, [['IMPACT', 22], ['LEADERSHIP', 8]])] },
    { unit: unit('B'), years: [year(2023, 85, [['LEADERSHIP', 9], ['IMPACT', 25.5]]), year(2024, 86, [])] },
  ],
  years: [2022, 2023, 2024],
}

describe('compare series', () => {
  it('picks the latest year both units have', () => {
    expect(commonYear(comparison)).toBe(2023)
  })
  it('lays fields out in canonical order with one column per unit', () => {
    expect(toCompareFieldRows(comparison, 2023)).toEqual([
      { code: 'LEADERSHIP', A: 8, B: 9 },
      { code: 'IMPACT', A: 22, B: 25.5 },
    ])
  })
  it('gives nulls for years a unit has no result (not comparable, not zero)', () => {
    expect(toCompareYearRows(comparison)).toEqual([
      { year: 2022, A: 70, B: null },
      { year: 2023, A: 80.1, B: 85 },
      { year: 2024, A: null, B: 86 },
    ])
  })
  it('computes differences from the reference unit', () => {
    expect(differenceFrom({ A: 80.1, B: 85 }, 'A', 'B')).toBe(4.9)
    expect(differenceFrom({ A: null, B: 85 }, 'A', 'B')).toBeNull()
  })
})
