// Who may issue each award, period by period. The rules change with the law, so they are dated
// data: the reference-data sync writes them into award_issuer_rule, and the awards import checks
// every grant against the rules in force on its decision date (or on 31 December of its year).
//
// Sources relied on:
// - Until 30 June 2025, DOMAIN.md's table, which follows Luật Thi đua, khen thưởng số
//   06/2022/QH15 (Công báo số 571+572, 15-7-2022). Điều 80 sets the local levels: khoản 1, heads of
//   agencies (sở, ban, ngành) give "Tập thể lao động tiên tiến", "Chiến sĩ thi đua cơ sở",
//   "Lao động tiên tiến" and giấy khen; khoản 2, the district chair (Chủ tịch UBND cấp huyện)
//   gives the title thôn, tổ dân phố văn hóa and the same four; khoản 3, the commune chair (Chủ
//   tịch UBND cấp xã) gives "Lao động tiên tiến", giấy khen and "Gia đình văn hóa". Nghị định
//   86/2023/NĐ-CP has the commune prepare the "Thôn, tổ dân phố văn hóa" file for the district
//   chair to decide. The law took effect on 1 January 2024; earlier years are checked against
//   the same table, as the importer did before the rules were dated.
// - From 1 July 2025 the district level no longer exists (two-tier local government; DOMAIN.md),
//   so no district issues anything. The commune chair keeps Điều 80 khoản 3 and takes over the
//   title thôn, tổ dân phố văn hóa, which the district chair decided. The 2025 texts that move
//   the district's competences (the amendments and decrees for two-tier government) were not at
//   hand when this was written: check this period against them.
import type { AwardCode, IssuerLevel } from './award-kinds.ts'
import { AWARD_CODES } from './award-kinds.ts'
import { MIN_YEAR } from './units.ts'

/** The first day of two-tier local government (no district level). */
export const TWO_TIER_GOVERNMENT_FROM = '2025-07-01'

/** One period of the law: from and to are 'YYYY-MM-DD', both days included; to null = open. */
export type IssuerPeriod = {
  validFrom: string
  validTo: string | null
  issuers: Readonly<Record<AwardCode, readonly IssuerLevel[]>>
}

export const AWARD_ISSUER_PERIODS: readonly IssuerPeriod[] = [
  {
    validFrom: `${MIN_YEAR}-01-01`,
    validTo: '2025-06-30',
    issuers: {
      GOV_EMULATION_FLAG: ['GOVERNMENT'],
      PROVINCE_EMULATION_FLAG: ['PROVINCE', 'MINISTRY'],
      EXCELLENT_COLLECTIVE: ['PROVINCE', 'MINISTRY'],
      ADVANCED_COLLECTIVE: ['DISTRICT', 'AGENCY_HEAD'],
      NATIONAL_EMULATION_FIGHTER: ['PRIME_MINISTER'],
      PROVINCE_EMULATION_FIGHTER: ['PROVINCE', 'MINISTRY'],
      GRASSROOTS_EMULATION_FIGHTER: ['DISTRICT', 'AGENCY_HEAD'],
      ADVANCED_WORKER: ['DISTRICT', 'COMMUNE', 'AGENCY_HEAD'],
      CULTURAL_VILLAGE: ['DISTRICT'],
      CULTURAL_FAMILY: ['COMMUNE'],
      LABOUR_ORDER: ['STATE_PRESIDENT'],
      PM_MERIT_CERTIFICATE: ['PRIME_MINISTER'],
      PROVINCE_MERIT_CERTIFICATE: ['PROVINCE', 'MINISTRY'],
      MERIT_CERTIFICATE: ['DISTRICT', 'COMMUNE', 'AGENCY_HEAD'],
    },
  },
  {
    validFrom: TWO_TIER_GOVERNMENT_FROM,
    validTo: null,
    issuers: {
      GOV_EMULATION_FLAG: ['GOVERNMENT'],
      PROVINCE_EMULATION_FLAG: ['PROVINCE', 'MINISTRY'],
      EXCELLENT_COLLECTIVE: ['PROVINCE', 'MINISTRY'],
      ADVANCED_COLLECTIVE: ['AGENCY_HEAD'],
      NATIONAL_EMULATION_FIGHTER: ['PRIME_MINISTER'],
      PROVINCE_EMULATION_FIGHTER: ['PROVINCE', 'MINISTRY'],
      GRASSROOTS_EMULATION_FIGHTER: ['AGENCY_HEAD'],
      ADVANCED_WORKER: ['COMMUNE', 'AGENCY_HEAD'],
      CULTURAL_VILLAGE: ['COMMUNE'],
      CULTURAL_FAMILY: ['COMMUNE'],
      LABOUR_ORDER: ['STATE_PRESIDENT'],
      PM_MERIT_CERTIFICATE: ['PRIME_MINISTER'],
      PROVINCE_MERIT_CERTIFICATE: ['PROVINCE', 'MINISTRY'],
      MERIT_CERTIFICATE: ['COMMUNE', 'AGENCY_HEAD'],
    },
  },
]

/** One row of award_issuer_rule: `issuer` may issue `award` from validFrom to validTo. */
export type AwardIssuerRule = {
  award: string
  issuer: string
  validFrom: string
  validTo: string | null
}

/** Every (award, issuer, period) of AWARD_ISSUER_PERIODS, awards in AWARD_CODES order. */
export const AWARD_ISSUER_RULES: readonly AwardIssuerRule[] = AWARD_CODES.flatMap((award) =>
  AWARD_ISSUER_PERIODS.flatMap((p) =>
    p.issuers[award].map((issuer) => ({
      award,
      issuer,
      validFrom: p.validFrom,
      validTo: p.validTo,
    })),
  ),
)

/** The levels allowed to issue one award during one period. */
export type IssuerRulePeriod = { validFrom: string; validTo: string | null; issuers: string[] }

/** Rules grouped by award, then by period (earliest first). */
export function groupIssuerRules(
  rules: Iterable<AwardIssuerRule>,
): Map<string, IssuerRulePeriod[]> {
  const byAward = new Map<string, IssuerRulePeriod[]>()
  for (const rule of rules) {
    let periods = byAward.get(rule.award)
    if (!periods) byAward.set(rule.award, (periods = []))
    const period = periods.find((p) => p.validFrom === rule.validFrom && p.validTo === rule.validTo)
    if (period) period.issuers.push(rule.issuer)
    else periods.push({ validFrom: rule.validFrom, validTo: rule.validTo, issuers: [rule.issuer] })
  }
  for (const periods of byAward.values())
    periods.sort((a, b) => a.validFrom.localeCompare(b.validFrom))
  return byAward
}

/**
 * The period in force on `date` ('YYYY-MM-DD'); the earliest one when the date precedes them all,
 * undefined when none covers it otherwise.
 * @example periodOn(groupIssuerRules(AWARD_ISSUER_RULES).get('MERIT_CERTIFICATE') ?? [], '2025-09-01')
 * // { validFrom: '2025-07-01', validTo: null, issuers: ['COMMUNE', 'AGENCY_HEAD'] }
 */
export function periodOn(
  periods: readonly IssuerRulePeriod[],
  date: string,
): IssuerRulePeriod | undefined {
  const first = periods[0]
  if (first && date < first.validFrom) return first
  return periods.find((p) => p.validFrom <= date && (p.validTo === null || date <= p.validTo))
}

/** The day a grant is checked on: its decision date, or 31 December of its year without one. */
export function issuerRuleDate(year: number, decisionDate: string | null): string {
  return decisionDate ?? `${year}-12-31`
}

/** Every level that may issue `award` in some period (award_type.issuers), in first-seen order. */
export function issuersInAnyPeriod(award: AwardCode): IssuerLevel[] {
  return [...new Set(AWARD_ISSUER_PERIODS.flatMap((p) => p.issuers[award]))]
}
