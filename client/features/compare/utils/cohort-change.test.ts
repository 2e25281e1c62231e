import { describe, expect, it } from 'vitest'
import { unitsOnCohortChange, yearOnCohortChange } from './cohort-change.ts'

const WARDS = ['TAY_NINH.P1', 'TAY_NINH.P2', 'TAY_NINH.P3']
const LONG_AN_DISTRICTS = { years: [2019, 2020, 2021, 2022, 2023, 2024], latestYear: 2024 }

describe('another cohort to add units from', () => {
  it('lets the page’s units give way, but for the reader’s unit', () => {
    expect(unitsOnCohortChange(WARDS, 'page', null)).toEqual([])
    expect(unitsOnCohortChange(WARDS, 'page', 'tay_ninh.p2')).toEqual(['TAY_NINH.P2'])
  })

  it('never drops a unit the reader chose', () => {
    expect(unitsOnCohortChange(WARDS, 'reader', null)).toBeUndefined()
    expect(unitsOnCohortChange([], 'reader', 'TAY_NINH.P2')).toBeUndefined()
  })

  it('keeps the year when the cohort has it', () => {
    expect(yearOnCohortChange(LONG_AN_DISTRICTS, 2022, 0)).toBe(2022)
    expect(yearOnCohortChange(LONG_AN_DISTRICTS, 2022, 3)).toBe(2022)
  })

  it('moves to the cohort’s latest year when there is no comparison to keep the year for', () => {
    expect(yearOnCohortChange(LONG_AN_DISTRICTS, 2025, 0)).toBe(2024)
    expect(yearOnCohortChange(LONG_AN_DISTRICTS, 2025, 1)).toBe(2024)
    expect(yearOnCohortChange(LONG_AN_DISTRICTS, undefined, 3)).toBe(2024)
  })

  it('keeps the year of a comparison that stays on screen, which its units have results in', () => {
    expect(yearOnCohortChange(LONG_AN_DISTRICTS, 2025, 2)).toBe(2025)
    expect(yearOnCohortChange(LONG_AN_DISTRICTS, 2025, 6)).toBe(2025)
    expect(yearOnCohortChange(LONG_AN_DISTRICTS, 2025, 7)).toBe(2024)
  })
})
