import { describe, expect, it } from 'vitest'
import { cohortSearch, cohortSearchSchema, fileCohortOf, parseSearch } from './cohort-params.ts'

const parse = (query: string) => parseSearch(cohortSearchSchema, new URLSearchParams(query))

describe('cohort URL params', () => {
  it('accepts a full cohort and coerces the year', () => {
    expect(parse('parent=LONG_AN&kind=DISTRICT&year=2023')).toEqual({ ok: true, data: { parent: 'LONG_AN', kind: 'DISTRICT', year: 2023 } })
  })

  it('leaves missing params to the defaults', () => {
    expect(parse('')).toEqual({ ok: true, data: {} })
  })

  it('names the invalid params instead of throwing', () => {
    expect(parse('parent=long an&kind=CITY&year=20x3')).toEqual({ ok: false, invalid: ['parent', 'kind', 'year'] })
    expect(parse('year=1800')).toEqual({ ok: false, invalid: ['year'] })
  })

  it('ignores params it does not know', () => {
    expect(parse('sort=rank&year=2024')).toEqual({ ok: true, data: { year: 2024 } })
  })

  it('builds search strings and file-name cohorts', () => {
    expect(cohortSearch({ parent: 'LONG_AN', kind: 'DISTRICT', year: 2023 })).toBe('?parent=LONG_AN&kind=DISTRICT&year=2023')
    expect(fileCohortOf('LONG_AN', 'DISTRICT')).toBe('long-an')
    expect(fileCohortOf('AN_GIANG.LONG_XUYEN', 'COMMUNE')).toBe('an-giang-long-xuyen-commune')
  })
})
