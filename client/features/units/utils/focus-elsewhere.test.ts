import { describe, expect, it } from 'vitest'
import type { UnitProfile } from '#shared/dto/profile.ts'
import { focusElsewhere } from './focus-elsewhere.ts'

const districts = {
  parent: { code: 'LONG_AN', name: 'Tỉnh Long An' },
  kind: 'DISTRICT',
  block: null,
}
const offices = { ...districts, kind: 'DEPARTMENT' }

function profile(validTo: string | null, years: [number, typeof districts][]) {
  return {
    unit: {
      code: 'LONG_AN.THANH_HOA',
      name: 'Huyện Thạnh Hóa',
      kind: 'DISTRICT',
      parentCode: 'LONG_AN',
      title: null,
      validFrom: null,
      validTo,
    },
    years: years.map(([year, cohort]) => ({ year, cohort })),
  } as unknown as Pick<UnitProfile, 'unit' | 'years'>
}

describe('where the reader’s unit stands outside the cohort shown', () => {
  it('names the cohort it was ranked in that year', () => {
    expect(focusElsewhere(profile(null, [[2023, offices]]), 2023)).toEqual({
      kind: 'otherCohort',
      cohort: offices,
    })
  })

  it('gives a unit of the old map its last result and its last day in a year of the new one', () => {
    const old = profile('2025-06-30', [
      [2023, districts],
      [2024, districts],
    ])
    expect(focusElsewhere(old, 2025)).toEqual({
      kind: 'noResult',
      last: { year: 2024, cohort: districts },
      endedOn: '2025-06-30',
    })
  })

  it('says nothing of an end for a unit that lives on, nor of a later result', () => {
    expect(focusElsewhere(profile(null, [[2024, districts]]), 2022)).toEqual({
      kind: 'noResult',
      last: null,
      endedOn: null,
    })
  })
})
