import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import type { CohortSummary } from '#shared/dto/cohort.ts'
import { cohortQuerySchema } from '#shared/schemas/cohorts.schema.ts'
import { isUnitCode } from '#shared/domain/units.ts'
import { optionalParam, unitCodeSchema, yearSchema } from '#shared/schemas/units.schema.ts'
import {
  cohortSearch,
  cohortSearchSchema,
  fileCohortOf,
  findCohort,
  parseSearch,
  profileSearchSchema,
  selectedCohort,
} from './cohort-params.ts'
import { landingCohort } from './landing-cohort.ts'

const parse = (query: string) => parseSearch(cohortSearchSchema, new URLSearchParams(query))

describe('cohort URL params', () => {
  it('accepts a full cohort and coerces the year', () => {
    expect(parse('parent=LONG_AN&kind=DISTRICT&year=2023')).toEqual({
      ok: true,
      data: { parent: 'LONG_AN', kind: 'DISTRICT', year: 2023 },
    })
  })

  it('takes the block from `cohort`, trimmed and in NFC; empty is the default cohort', () => {
    const decomposed = 'Phường'.normalize('NFD')
    expect(
      parse(`parent=TAY_NINH&kind=COMMUNE&cohort=${encodeURIComponent(` ${decomposed} `)}`),
    ).toEqual({
      ok: true,
      data: { parent: 'TAY_NINH', kind: 'COMMUNE', cohort: 'Phường' },
    })
    expect(parse('parent=TAY_NINH&kind=COMMUNE&cohort=')).toEqual({
      ok: true,
      data: { parent: 'TAY_NINH', kind: 'COMMUNE' },
    })
    expect(parse(`cohort=${'x'.repeat(121)}`)).toEqual({ ok: false, invalid: ['cohort'] })
  })

  it('accepts codes as organisations write them: numeric, lower case, dashes', () => {
    expect(parse('parent=79&kind=COMMUNE')).toEqual({
      ok: true,
      data: { parent: '79', kind: 'COMMUNE' },
    })
    expect(parse('parent=hcm-q1')).toEqual({ ok: true, data: { parent: 'hcm-q1' } })
  })

  it('leaves missing params to the defaults', () => {
    expect(parse('')).toEqual({ ok: true, data: {} })
  })

  it('names the invalid params instead of throwing', () => {
    expect(parse('parent=long an&kind=CITY&year=20x3')).toEqual({
      ok: false,
      invalid: ['parent', 'kind', 'year'],
    })
    expect(parse('year=1800')).toEqual({ ok: false, invalid: ['year'] })
  })

  it('ignores params it does not know', () => {
    expect(parse('sort=rank&year=2024')).toEqual({ ok: true, data: { year: 2024 } })
  })

  it('builds search strings and file-name cohorts', () => {
    expect(cohortSearch({ parent: 'LONG_AN', kind: 'DISTRICT', year: 2023 })).toBe(
      '?parent=LONG_AN&kind=DISTRICT&year=2023',
    )
    expect(cohortSearch({ parent: 'TAY_NINH', kind: 'COMMUNE', block: 'Xã', year: 2025 })).toBe(
      '?parent=TAY_NINH&kind=COMMUNE&cohort=X%C3%A3&year=2025',
    )
    expect(cohortSearch({ parent: 'LONG_AN', kind: 'DISTRICT', block: null })).toBe(
      '?parent=LONG_AN&kind=DISTRICT',
    )
    expect(fileCohortOf('LONG_AN', 'DISTRICT')).toBe('long-an')
    expect(fileCohortOf('AN_GIANG.LONG_XUYEN', 'COMMUNE')).toBe('an-giang-long-xuyen-commune')
    expect(fileCohortOf('AN_GIANG', 'COMMUNE', 'Xã, đặc khu')).toBe('an-giang-commune-xa-dac-khu')
  })
})

describe('the URL schema and the server schema (zod)', () => {
  const server = cohortQuerySchema
    .pick({ parent: true, kind: true, cohort: true, year: true })
    .partial()
  // The server reads an absent or empty block as '' (the default cohort); the URL leaves it out.
  const serverParse = (query: string) => {
    const parsed = parseSearch(server, new URLSearchParams(query))
    if (!parsed.ok) return parsed
    const { cohort, ...rest } = parsed.data
    return { ok: true, data: cohort ? { ...rest, cohort } : rest }
  }
  const cases = [
    'parent=LONG_AN&kind=DISTRICT&year=2023',
    'parent=AN_GIANG.LONG_XUYEN&kind=COMMUNE',
    'parent=%20LONG_AN%20',
    'parent=&kind=&year=',
    'parent=long_an',
    'parent=LONG_AN.',
    'parent=27865',
    'parent=.LONG_AN',
    'parent=hcm-q1',
    'kind=CITY',
    'kind=district',
    'kind=MINISTRY',
    'cohort=Ph%C6%B0%E1%BB%9Dng',
    'cohort=%20X%C3%A3%2C%20%C4%91%E1%BA%B7c%20khu%20',
    'cohort=',
    `cohort=${'x'.repeat(120)}`,
    `cohort=${'x'.repeat(121)}`,
    'year=1999',
    'year=2000',
    'year=2100',
    'year=2101',
    'year=2023.5',
    'year=abc',
    'year=%202023',
  ]
  it.each(cases)('agree on %s', (query) => {
    expect(parse(query)).toEqual(serverParse(query))
  })
  it('still parses with a full zod schema (pages with their own params)', () => {
    const schema = z.object({ year: z.coerce.number().int().optional() })
    expect(parseSearch(schema, new URLSearchParams('year=2022'))).toEqual({
      ok: true,
      data: { year: 2022 },
    })
  })
})

describe('a unit profile’s URL and the server’s schemas (zod)', () => {
  const serverYear = z.object({ year: optionalParam(yearSchema) })
  it.each([
    '',
    'year=2023',
    'year=',
    'year=%202023%20',
    'year=1999',
    'year=2101',
    'year=2023.5',
    'year=abc',
    'year=0x7E7',
  ])('agree on the year of %s', (query) => {
    const params = new URLSearchParams(query)
    expect(parseSearch(profileSearchSchema, params)).toEqual(parseSearch(serverYear, params))
  })
  it.each([
    'LONG_AN.THANH_HOA',
    ' 79 ',
    'hcm-q1',
    '',
    ' ',
    '.X',
    'X.',
    'A B',
    'Đà_Nẵng',
    'x'.repeat(64),
    'x'.repeat(65),
  ])('agree on whether %j is a unit code', (code) => {
    expect(isUnitCode(code)).toBe(unitCodeSchema.safeParse(code).success)
  })
})

const cohort = (
  parent: string,
  name: string,
  kind: CohortSummary['kind'],
  block: string | null,
  more: Partial<CohortSummary> = {},
): CohortSummary => ({
  parent: { code: parent, name },
  kind,
  block,
  years: [2025],
  latestYear: 2025,
  unitCount: 10,
  publishedSize: null,
  current: true,
  ...more,
})

const items: CohortSummary[] = [
  cohort('LONG_AN', 'Tỉnh Long An', 'DISTRICT', null, {
    years: [2023, 2024],
    latestYear: 2024,
    unitCount: 15,
    current: false,
  }),
  cohort('VN', 'Việt Nam', 'PROVINCE', null, { unitCount: 6, publishedSize: 34 }),
  cohort('TAY_NINH', 'Tỉnh Tây Ninh', 'COMMUNE', 'Xã', { unitCount: 18, publishedSize: 82 }),
  cohort('TAY_NINH', 'Tỉnh Tây Ninh', 'COMMUNE', 'Phường', { unitCount: 14, publishedSize: 14 }),
  cohort('AN_GIANG', 'Tỉnh An Giang', 'DISTRICT', null, {
    years: [2024],
    latestYear: 2024,
    unitCount: 30,
  }),
]

describe('selectedCohort and findCohort', () => {
  it('opens on the landing cohort where the URL names none', () => {
    expect(selectedCohort({}, items)).toEqual({
      parent: 'TAY_NINH',
      kind: 'COMMUNE',
      block: 'Phường',
    })
    expect(selectedCohort({ year: 2025 }, items)).toEqual({
      parent: 'TAY_NINH',
      kind: 'COMMUNE',
      block: 'Phường',
    })
    expect(selectedCohort({}, [])).toBeUndefined()
  })

  it('takes parent and kind exactly: no `cohort` is the default cohort, and codes match in any case', () => {
    expect(selectedCohort({ parent: 'LONG_AN', kind: 'DISTRICT' }, items)).toEqual({
      parent: 'LONG_AN',
      kind: 'DISTRICT',
      block: null,
    })
    expect(selectedCohort({ parent: 'tay_ninh', kind: 'COMMUNE', cohort: 'Xã' }, items)).toEqual({
      parent: 'TAY_NINH',
      kind: 'COMMUNE',
      block: 'Xã',
    })
    // No default cohort of communes under Tây Ninh: the page says so (and offers the blocks).
    const missing = { parent: 'TAY_NINH', kind: 'COMMUNE', block: null } as const
    expect(selectedCohort({ parent: 'TAY_NINH', kind: 'COMMUNE' }, items)).toEqual(missing)
    expect(findCohort(items, missing)).toBeUndefined()
  })

  it('completes a URL naming only the parent or only the level in the landing order', () => {
    expect(selectedCohort({ parent: 'TAY_NINH' }, items)).toEqual({
      parent: 'TAY_NINH',
      kind: 'COMMUNE',
      block: 'Phường',
    })
    expect(selectedCohort({ kind: 'DISTRICT' }, items)).toEqual({
      parent: 'AN_GIANG',
      kind: 'DISTRICT',
      block: null,
    })
    expect(selectedCohort({ kind: 'MINISTRY' }, items)).toBeUndefined()
  })

  it('finds a cohort by parent, kind and block, or nothing', () => {
    expect(findCohort(items, { parent: 'TAY_NINH', kind: 'COMMUNE', block: 'Xã' })).toBe(items[2])
    expect(findCohort(items, { parent: 'LONG_AN', kind: 'COMMUNE', block: null })).toBeUndefined()
  })
})

describe('landingCohort', () => {
  it('prefers a present-day cohort, then the latest year, then the most complete, then the largest', () => {
    expect(landingCohort(items)?.block).toBe('Phường')
    // Without the whole block: the more complete of the partial ones (18 of 82 over 6 of 34).
    const partial = items.filter((c) => c.block !== 'Phường')
    expect(landingCohort(partial)?.parent.code).toBe('TAY_NINH')
    // A cohort whose parent is gone comes last, however recent.
    const gone = [
      cohort('LONG_AN', 'Tỉnh Long An', 'DISTRICT', null, { current: false }),
      cohort('AN_GIANG', 'Tỉnh An Giang', 'DISTRICT', null, { latestYear: 2024 }),
    ]
    expect(landingCohort(gone)?.parent.code).toBe('AN_GIANG')
  })

  it('does not depend on the order of the list', () => {
    expect(landingCohort([...items].reverse())).toBe(landingCohort(items))
  })
})
