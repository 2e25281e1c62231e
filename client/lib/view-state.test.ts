import { describe, expect, it } from 'vitest'
import {
  completedSearch,
  nearestYear,
  orderedView,
  viewSearch,
  yearForCohort,
  yearMovedOf,
} from './view-state.ts'

describe('nearestYear and yearForCohort', () => {
  it('keeps the year when the cohort has it', () => {
    expect(yearForCohort([2019, 2020, 2021, 2022, 2023, 2024], 2022)).toEqual({
      year: 2022,
      moved: null,
    })
  })

  it('takes the nearest year otherwise, the later one on a tie, and says it moved', () => {
    expect(yearForCohort([2025], 2022)).toEqual({ year: 2025, moved: { from: 2022, to: 2025 } })
    expect(nearestYear([2022, 2023, 2025], 2024)).toBe(2025)
    expect(nearestYear([2019, 2020], 2024)).toBe(2020)
    expect(nearestYear([], 2024)).toBeUndefined()
  })

  it('opens on the latest year when none was shown', () => {
    expect(yearForCohort([2023, 2024, 2025], undefined)).toEqual({ year: 2025, moved: null })
  })
})

describe('yearMovedOf', () => {
  it('reads a history entry’s state, ignoring anything else', () => {
    expect(yearMovedOf({ yearMoved: { from: 2022, to: 2025 } })).toEqual({ from: 2022, to: 2025 })
    expect(yearMovedOf({ yearMoved: { from: '2022', to: 2025 } })).toBeNull()
    expect(yearMovedOf(null)).toBeNull()
    expect(yearMovedOf('x')).toBeNull()
  })
})

describe('completedSearch', () => {
  const resolved = { parent: 'LONG_AN', kind: 'DISTRICT', block: null, year: 2024 }

  it('writes out an incomplete cohort URL, keeping the other parameters', () => {
    const next = completedSearch(new URLSearchParams('kind=DISTRICT&q=thanh'), resolved, null)
    expect(next?.toString()).toBe('parent=LONG_AN&kind=DISTRICT&year=2024&q=thanh')
  })

  it('treats an empty year as missing', () => {
    const next = completedSearch(
      new URLSearchParams('parent=LONG_AN&kind=DISTRICT&year='),
      resolved,
      null,
    )
    expect(next?.toString()).toBe('parent=LONG_AN&kind=DISTRICT&year=2024')
  })

  it('adds the remembered unit when the URL names none, and only then', () => {
    const full = 'parent=LONG_AN&kind=DISTRICT&year=2023'
    expect(completedSearch(new URLSearchParams(full), resolved, 'X1')?.toString()).toBe(
      `${full}&focus=X1`,
    )
    expect(completedSearch(new URLSearchParams(`${full}&focus=Y2`), resolved, null)).toBeNull()
    expect(completedSearch(new URLSearchParams(full), resolved, null)).toBeNull()
  })

  it('on a page without a cohort, touches the unit only', () => {
    expect(completedSearch(new URLSearchParams('year=2023'), null, 'X1')?.toString()).toBe(
      'year=2023&focus=X1',
    )
    expect(completedSearch(new URLSearchParams('year=2023'), null, null)).toBeNull()
  })
})

describe('viewSearch and orderedView', () => {
  it('carries the view’s keys only, in order', () => {
    const params = new URLSearchParams('sort=rank&year=2023&focus=X1&parent=LONG_AN&kind=DISTRICT')
    expect(viewSearch(params)).toBe('?parent=LONG_AN&kind=DISTRICT&year=2023&focus=X1')
    expect(viewSearch(params, ['focus'])).toBe('?focus=X1')
    expect(viewSearch(new URLSearchParams('sort=rank'))).toBe('')
  })

  it('puts the view first and keeps every other value', () => {
    const params = new URLSearchParams(
      'units=A&year=2023&units=B&cohort=X%C3%A3&parent=P&kind=COMMUNE',
    )
    expect(orderedView(params).toString()).toBe(
      'parent=P&kind=COMMUNE&cohort=X%C3%A3&year=2023&units=A&units=B',
    )
  })
})
