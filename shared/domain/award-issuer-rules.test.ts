import { describe, expect, it } from 'vitest'
import {
  AWARD_ISSUER_PERIODS,
  AWARD_ISSUER_RULES,
  groupIssuerRules,
  issuerRuleDate,
  periodOn,
  TWO_TIER_GOVERNMENT_FROM,
} from './award-issuer-rules.ts'
import { AWARD_CODES } from './award-kinds.ts'

const nextDay = (date: string) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)

describe('award issuer rules', () => {
  it('periods follow each other without a gap, the last one open', () => {
    for (const [i, p] of AWARD_ISSUER_PERIODS.entries()) {
      const next = AWARD_ISSUER_PERIODS[i + 1]
      if (next) expect(nextDay(p.validTo ?? '')).toBe(next.validFrom)
      else expect(p.validTo).toBeNull()
    }
  })

  it('every award has an issuer in every period; none from a district after 1 July 2025', () => {
    for (const p of AWARD_ISSUER_PERIODS)
      for (const code of AWARD_CODES) expect(p.issuers[code].length, code).toBeGreaterThan(0)
    const twoTier = AWARD_ISSUER_RULES.filter((r) => r.validFrom >= TWO_TIER_GOVERNMENT_FROM)
    expect(twoTier.filter((r) => r.issuer === 'DISTRICT')).toEqual([])
    // Luật TĐKT 2022 Điều 80 khoản 3, plus the cultural-village title the district gave.
    expect(twoTier.filter((r) => r.issuer === 'COMMUNE').map((r) => r.award)).toEqual([
      'ADVANCED_WORKER',
      'CULTURAL_VILLAGE',
      'CULTURAL_FAMILY',
      'MERIT_CERTIFICATE',
    ])
  })

  it('finds the period in force on a date', () => {
    const merit = groupIssuerRules(AWARD_ISSUER_RULES).get('MERIT_CERTIFICATE') ?? []
    expect(periodOn(merit, '2025-03-01')?.issuers).toEqual(['DISTRICT', 'COMMUNE', 'AGENCY_HEAD'])
    expect(periodOn(merit, '2025-06-30')?.validTo).toBe('2025-06-30')
    expect(periodOn(merit, '2025-07-01')?.issuers).toEqual(['COMMUNE', 'AGENCY_HEAD'])
    expect(periodOn(merit, '1999-05-01')?.validFrom).toBe('2000-01-01')
    expect(periodOn([], '2025-07-01')).toBeUndefined()
  })

  it('checks a grant on its decision date, else on 31 December of its year', () => {
    expect(issuerRuleDate(2024, '2025-01-17')).toBe('2025-01-17')
    expect(issuerRuleDate(2025, null)).toBe('2025-12-31')
  })
})
