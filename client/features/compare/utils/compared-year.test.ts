import { describe, expect, it } from 'vitest'
import type { ComparisonData } from '#shared/dto/compare.ts'
import { commonYear, comparedYear, homeCohort, sharedYear, yearToOffer } from './compared-year.ts'
import { districtUnit, districtYear } from '../testing/compare-fixtures.ts'

/** A comparison of units, each with results in the years given (only the years matter here). */
function comparison(units: Record<string, number[]>): ComparisonData {
  const items = Object.entries(units).map(([code, years]) => ({
    unit: districtUnit(code),
    years: years.map((year) => districtYear(year, 80)),
  }))
  const years = [...new Set(Object.values(units).flat())].sort((a, b) => a - b)
  return { items, years }
}

// Three districts of the old map (results up to 2024) and a ward of the new one (2025 only).
const DISTRICTS = { A: [2022, 2023, 2024], B: [2023, 2024], C: [2021, 2022, 2023, 2024] }
const districts = comparison(DISTRICTS)
const mixed = comparison({ ...DISTRICTS, WARD: [2025] })

describe('the year compared', () => {
  it('opens on the latest year every unit has a result in', () => {
    expect(sharedYear(districts)).toBe(2024)
    expect(commonYear(districts)).toBe(2024)
    expect(commonYear(comparison({ A: [2022, 2023], B: [2023, 2024] }))).toBe(2023)
  })

  it('opens, when the units share no year, on the latest year the most of them have one in', () => {
    expect(sharedYear(mixed)).toBeNull()
    // Three units in 2024, one in 2025: not the latest year of any unit.
    expect(commonYear(mixed)).toBe(2024)
    expect(commonYear(comparison({ A: [2024], B: [2025] }))).toBe(2025)
    expect(commonYear(comparison({}))).toBeNull()
  })

  it('keeps the URL’s year while any unit has a result in it', () => {
    expect(comparedYear(districts, 2022)).toBe(2022)
    expect(comparedYear(mixed, 2025)).toBe(2025)
    expect(comparedYear(districts, undefined)).toBe(2024)
  })

  it('leaves a year none of the units has a result in for the year they open on', () => {
    // The wards of 2025 removed: the districts left have no result in 2025.
    expect(comparedYear(districts, 2025)).toBe(2024)
    expect(comparedYear(districts, 2019)).toBe(2024)
  })

  it('offers the latest year every unit has a result in while some have none in the year shown', () => {
    expect(yearToOffer(districts, 2022)).toBe(2024)
    expect(yearToOffer(districts, 2023)).toBeNull()
    expect(yearToOffer(districts, 2024)).toBeNull()
    // No year that every unit has: nothing to offer, the units without a result are named.
    expect(yearToOffer(mixed, 2025)).toBeNull()
  })
})

describe('the cohort units are added from', () => {
  // A ward of Thành phố Long Xuyên (2019–2024) first, the ward of An Giang it went into (2025).
  const cityWards = {
    parent: { code: 'AN_GIANG.LONG_XUYEN', name: 'Thành phố Long Xuyên' },
    kind: 'COMMUNE' as const,
    block: null,
  }
  const provinceWards = {
    parent: { code: 'AN_GIANG', name: 'Tỉnh An Giang' },
    kind: 'COMMUNE' as const,
    block: 'Phường',
  }
  const wards: ComparisonData = {
    items: [
      {
        unit: districtUnit('MY_LONG'),
        years: [2023, 2024].map((y) => ({ ...districtYear(y, 90), cohort: cityWards })),
      },
      {
        unit: districtUnit('30307'),
        years: [{ ...districtYear(2025, 79), cohort: provinceWards }],
      },
    ],
    years: [2023, 2024, 2025],
  }

  it('is the first compared unit’s cohort of the year shown', () => {
    expect(homeCohort(wards, 2024)).toEqual({
      parent: 'AN_GIANG.LONG_XUYEN',
      kind: 'COMMUNE',
      block: null,
    })
  })

  it('is the next unit’s when the first has no result in the year shown', () => {
    expect(homeCohort(wards, 2025)).toEqual({
      parent: 'AN_GIANG',
      kind: 'COMMUNE',
      block: 'Phường',
    })
    expect(homeCohort({ ...wards, items: [...wards.items].reverse() }, 2024)).toEqual({
      parent: 'AN_GIANG.LONG_XUYEN',
      kind: 'COMMUNE',
      block: null,
    })
  })

  it('is none without a year or a result in it', () => {
    expect(homeCohort(wards, null)).toBeUndefined()
    expect(homeCohort(wards, 2019)).toBeUndefined()
  })
})
