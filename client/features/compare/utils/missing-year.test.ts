import { describe, expect, it } from 'vitest'
import type { CompareUnit } from '#shared/dto/compare.ts'
import { whyNoResult } from './missing-year.ts'
import { districtUnit, districtYear } from '../testing/compare-fixtures.ts'

// Phường Mỹ Long (Long Xuyên, results 2019–2024, ended 30 June 2025) and phường Long Xuyên
// (formed 1 July 2025 from it and five others, a result for 2025 naming it as a predecessor).
const myLong: CompareUnit = {
  unit: { ...districtUnit('MY_LONG'), name: 'Phường Mỹ Long', validTo: '2025-06-30' },
  years: [districtYear(2023, 88.95), districtYear(2024, 92.12)],
}
const longXuyen: CompareUnit = {
  unit: { ...districtUnit('30307'), name: 'Phường Long Xuyên', validFrom: '2025-07-01' },
  years: [
    {
      ...districtYear(2025, 79.21),
      notComparable: {
        reason: 'LINEAGE',
        rankOnly: false,
        previousYear: 2024,
        predecessors: [
          {
            unit: { code: 'MY_LONG', name: 'Phường Mỹ Long' },
            parent: { code: 'LONG_XUYEN', name: 'Thành phố Long Xuyên' },
            year: 2024,
            indexPct: 92.12,
            rank: 1,
            total: 13,
            via: null,
          },
        ],
      },
    },
  ],
}
const other: CompareUnit = { unit: districtUnit('OTHER'), years: [districtYear(2024, 80)] }

describe('why a compared unit has no result in the year', () => {
  it('says a unit ended, its last year, and the compared unit it went into', () => {
    expect(whyNoResult(myLong, 2025, [longXuyen, myLong])).toEqual({
      kind: 'ended',
      end: '2025-06-30',
      last: 2024,
      successor: 'Phường Long Xuyên',
      through: null,
    })
    // Compared with an unrelated unit: ended, into none of those compared.
    expect(whyNoResult(myLong, 2025, [myLong, other])).toMatchObject({
      kind: 'ended',
      successor: null,
    })
  })

  it('names the unit between where it went into the compared one through another', () => {
    const dongXuyen: CompareUnit = {
      unit: { ...districtUnit('DONG_XUYEN'), name: 'Phường Đông Xuyên', validTo: '2024-12-31' },
      years: [districtYear(2024, 77.08)],
    }
    const standing = longXuyen.years[0]?.notComparable?.predecessors[0]
    const through = {
      ...longXuyen,
      years: longXuyen.years.map((y) => ({
        ...y,
        notComparable: y.notComparable && {
          ...y.notComparable,
          predecessors: [
            ...y.notComparable.predecessors,
            ...(standing
              ? [
                  {
                    ...standing,
                    unit: { code: 'DONG_XUYEN', name: 'Phường Đông Xuyên' },
                    via: {
                      unit: { code: 'MY_XUYEN', name: 'Phường Mỹ Xuyên' },
                      date: '2025-01-01',
                    },
                  },
                ]
              : []),
          ],
        },
      })),
    }
    expect(whyNoResult(dongXuyen, 2025, [through, dongXuyen])).toEqual({
      kind: 'ended',
      end: '2024-12-31',
      last: 2024,
      successor: 'Phường Long Xuyên',
      through: 'Phường Mỹ Xuyên',
    })
  })

  it('says a unit was formed later, from the compared units that went into it', () => {
    expect(whyNoResult(longXuyen, 2024, [longXuyen, myLong])).toEqual({
      kind: 'formed',
      start: '2025-07-01',
      sources: ['Phường Mỹ Long'],
    })
    expect(whyNoResult(longXuyen, 2024, [longXuyen, other])).toEqual({
      kind: 'formed',
      start: '2025-07-01',
      sources: [],
    })
  })

  it('gives no reason for a unit in force that year: its result is just not loaded', () => {
    expect(whyNoResult(other, 2025, [other, myLong])).toEqual({ kind: 'unknown' })
    // Ended at the end of the year: in force on its reference date, 31 December.
    const endedLate = { ...other, unit: { ...other.unit, validTo: '2025-12-31' } }
    expect(whyNoResult(endedLate, 2025, [endedLate])).toEqual({ kind: 'unknown' })
  })
})
