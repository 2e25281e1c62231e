import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { cohortQuerySchema } from '#shared/schemas/cohorts.schema.ts'
import {
  cohortSearch,
  cohortSearchSchema,
  fileCohortOf,
  findCohort,
  parseSearch,
  selectedCohort,
} from './cohort-params.ts'

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

describe('the URL schema (zod/mini) and the server schema (zod)', () => {
  const server = cohortQuerySchema.pick({ parent: true, kind: true, year: true }).partial()
  const cases = [
    'parent=LONG_AN&kind=DISTRICT&year=2023',
    'parent=AN_GIANG.LONG_XUYEN&kind=COMMUNE',
    'parent=%20LONG_AN%20',
    'parent=&kind=&year=',
    'parent=long_an',
    'parent=LONG_AN.',
    'kind=CITY',
    'kind=district',
    'year=1999',
    'year=2000',
    'year=2100',
    'year=2101',
    'year=2023.5',
    'year=abc',
    'year=%202023',
  ]
  it.each(cases)('agree on %s', (query) => {
    expect(parse(query)).toEqual(parseSearch(server, new URLSearchParams(query)))
  })
  it('still parses with a full zod schema (pages with their own params)', () => {
    const schema = z.object({ year: z.coerce.number().int().optional() })
    expect(parseSearch(schema, new URLSearchParams('year=2022'))).toEqual({ ok: true, data: { year: 2022 } })
  })
})

describe('selectedCohort and findCohort', () => {
  const items = [
    { parent: { code: 'LONG_AN', name: 'Tỉnh Long An' }, kind: 'DISTRICT' },
    { parent: { code: 'LONG_AN.THANH_HOA', name: 'Huyện Thạnh Hóa' }, kind: 'COMMUNE' },
  ]

  it('takes the default cohort where the URL names none', () => {
    expect(selectedCohort({})).toEqual({ parent: 'LONG_AN', kind: 'DISTRICT' })
    expect(selectedCohort({ parent: 'LONG_AN.THANH_HOA', kind: 'COMMUNE', year: 2023 })).toEqual({
      parent: 'LONG_AN.THANH_HOA',
      kind: 'COMMUNE',
    })
  })

  it('finds a cohort by parent and kind, or nothing', () => {
    expect(findCohort(items, { parent: 'LONG_AN.THANH_HOA', kind: 'COMMUNE' })).toBe(items[1])
    expect(findCohort(items, { parent: 'LONG_AN', kind: 'COMMUNE' })).toBeUndefined()
  })
})
