import { describe, expect, it } from 'vitest'
import type { ComparisonData } from '#shared/dto/compare.ts'
import {
  commonYear,
  toCompareChanges,
  toCompareYearRows,
  toCompareYearSegments,
} from './to-compare-series.ts'

const unit = (code: string) => ({
  code,
  name: code,
  kind: 'DISTRICT' as const,
  parentCode: 'LONG_AN',
  title: 'HUYEN' as const,
  validFrom: null,
  validTo: null,
})
const year = (y: number, indexPct: number, fields: [string, number][]) => ({
  year: y,
  indexPct,
  points: indexPct,
  maxPoints: 100,
  rank: 1,
  total: 15,
  rankChange: null,
  notComparable: null,
  grade: null,
  cohort: {
    parent: { code: 'LONG_AN', name: 'Tỉnh Long An' },
    kind: 'DISTRICT' as const,
    block: null,
  },
  scheme: null,
  fields: fields.map(([code, points]) => ({ code, points, maxPoints: 10, sharePct: points * 10 })),
})

const comparison: ComparisonData = {
  items: [
    {
      unit: unit('A'),
      years: [
        year(2022, 70, [
          ['IMPACT', 20],
          ['LEADERSHIP', 7],
        ]),
        year(2023, 80.1, [
          ['IMPACT', 22],
          ['LEADERSHIP', 8],
        ]),
      ],
    },
    {
      unit: unit('B'),
      years: [
        year(2023, 85, [
          ['LEADERSHIP', 9],
          ['IMPACT', 25.5],
        ]),
        year(2024, 86, []),
      ],
    },
  ],
  years: [2022, 2023, 2024],
}

describe('compare series', () => {
  it('picks the latest year both units have', () => {
    expect(commonYear(comparison)).toBe(2023)
  })
  it('gives nulls for years a unit has no result (not comparable, not zero)', () => {
    expect(toCompareYearRows(comparison)).toEqual([
      { year: 2022, A: 70, B: null },
      { year: 2023, A: 80.1, B: 85 },
      { year: 2024, A: null, B: 86 },
    ])
  })
})

describe('compare across a merger', () => {
  const lineage = {
    reason: 'LINEAGE' as const,
    rankOnly: false,
    previousYear: 2024,
    predecessors: [],
  }
  const resized = {
    reason: 'COHORT_SIZE' as const,
    rankOnly: true,
    previousYear: 2024,
    predecessors: [],
  }
  const merged: ComparisonData = {
    items: [
      {
        unit: unit('TAY_NINH'),
        years: [
          year(2023, 86.04, []),
          year(2024, 88.61, []),
          { ...year(2025, 89.44, []), rank: 15, total: 34, notComparable: lineage },
        ],
      },
      {
        unit: unit('HA_NOI'),
        years: [
          year(2024, 93.52, []),
          { ...year(2025, 95.06, []), rank: 1, total: 34, notComparable: resized },
        ],
      },
    ],
    years: [2023, 2024, 2025],
  }

  it('splits a line at a merger but not at a change of cohort size', () => {
    const { rows, segments } = toCompareYearSegments(merged)
    expect(segments).toEqual([
      { key: 'TAY_NINH', unit: 'TAY_NINH' },
      { key: 'TAY_NINH~1', unit: 'TAY_NINH' },
      { key: 'HA_NOI', unit: 'HA_NOI' },
    ])
    expect(rows).toEqual([
      { year: 2023, TAY_NINH: 86.04, 'TAY_NINH~1': null, HA_NOI: null },
      { year: 2024, TAY_NINH: 88.61, 'TAY_NINH~1': null, HA_NOI: 93.52 },
      { year: 2025, TAY_NINH: null, 'TAY_NINH~1': 89.44, HA_NOI: 95.06 },
    ])
  })

  it('gives the index change only where the API claims the years compare', () => {
    const changes = toCompareChanges(merged, 2025)
    expect(changes.map((c) => [c.code, c.deltaPct, c.rankChange, c.notComparable?.reason])).toEqual(
      [
        ['TAY_NINH', null, null, 'LINEAGE'],
        ['HA_NOI', 1.54, null, 'COHORT_SIZE'],
      ],
    )
  })
})
