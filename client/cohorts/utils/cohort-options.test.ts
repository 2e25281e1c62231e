import { describe, expect, it } from 'vitest'
import type { CohortSummary } from '#shared/dto/cohort.ts'
import { cohortOptionLabel, cohortOptions, cohortOptionValue } from './cohort-options.ts'

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

describe('cohort options', () => {
  it('names parent, level and block, leaving out a block that repeats the level', () => {
    expect(cohortOptionLabel(cohort('TAY_NINH', 'Tỉnh Tây Ninh', 'COMMUNE', 'Phường'), 'vi')).toBe(
      'Tỉnh Tây Ninh — Cấp xã — Phường',
    )
    expect(cohortOptionLabel(cohort('TAY_NINH', 'Tỉnh Tây Ninh', 'COMMUNE', 'Phường'), 'en')).toBe(
      'Tỉnh Tây Ninh — Commune level — Wards',
    )
    expect(
      cohortOptionLabel(cohort('TAY_NINH', 'Tỉnh Tây Ninh', 'DEPARTMENT', 'Sở, ban, ngành'), 'vi'),
    ).toBe('Tỉnh Tây Ninh — Sở, ban, ngành')
    expect(cohortOptionLabel(cohort('LONG_AN', 'Tỉnh Long An', 'DISTRICT', null), 'vi')).toBe(
      'Tỉnh Long An — Cấp huyện',
    )
  })

  it("groups today's cohorts apart from the old map's, each by name", () => {
    const groups = cohortOptions(
      [
        cohort('VN', 'Việt Nam', 'PROVINCE', null),
        cohort('TAY_NINH', 'Tỉnh Tây Ninh', 'COMMUNE', 'Xã'),
        cohort('TAY_NINH', 'Tỉnh Tây Ninh', 'COMMUNE', 'Phường'),
        cohort('LONG_AN', 'Tỉnh Long An', 'DISTRICT', null, { current: false, latestYear: 2024 }),
        // The parent exists today, but its districts' results are of the old map.
        cohort('AN_GIANG', 'Tỉnh An Giang', 'DISTRICT', null, { latestYear: 2024 }),
      ],
      'vi',
    )
    expect(groups.present.map((o) => o.label)).toEqual([
      'Tỉnh Tây Ninh — Cấp xã — Phường',
      'Tỉnh Tây Ninh — Cấp xã — Xã',
      'Việt Nam — Tỉnh, thành phố',
    ])
    expect(groups.past.map((o) => o.label)).toEqual([
      'Tỉnh An Giang — Cấp huyện',
      'Tỉnh Long An — Cấp huyện',
    ])
  })

  it('gives each cohort its own value, whatever the case of the code', () => {
    expect(cohortOptionValue({ parent: 'tay_ninh', kind: 'COMMUNE', block: 'Xã' })).toBe(
      cohortOptionValue({ parent: { code: 'TAY_NINH' }, kind: 'COMMUNE', block: 'Xã' }),
    )
    expect(cohortOptionValue({ parent: 'TAY_NINH', kind: 'COMMUNE', block: 'Xã' })).not.toBe(
      cohortOptionValue({ parent: 'TAY_NINH', kind: 'COMMUNE', block: null }),
    )
  })
})
