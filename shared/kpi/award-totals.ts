import type { RecipientType } from '../domain/award-kinds.ts'

/** One grant line as the totals need it: `count` recipients of one award. */
export type AwardLine = {
  awardCode: string
  recipientType: RecipientType | string
  issuerLevel: string
  count: number
}

export type AwardTotals = {
  total: number
  collective: number
  individual: number
  household: number
  byCode: Record<string, number>
  byIssuer: Record<string, number>
}

/** Zero totals. */
export function emptyAwardTotals(): AwardTotals {
  return { total: 0, collective: 0, individual: 0, household: 0, byCode: {}, byIssuer: {} }
}

/**
 * Sums grant lines: overall, by recipient type, by award code and by issuing level.
 * @example awardTotals([{ awardCode: 'MERIT_CERTIFICATE', recipientType: 'COLLECTIVE', issuerLevel: 'DISTRICT', count: 10 }])
 */
export function awardTotals(lines: readonly AwardLine[]): AwardTotals {
  const totals = emptyAwardTotals()
  for (const line of lines) {
    totals.total += line.count
    if (line.recipientType === 'COLLECTIVE') totals.collective += line.count
    else if (line.recipientType === 'INDIVIDUAL') totals.individual += line.count
    else if (line.recipientType === 'HOUSEHOLD') totals.household += line.count
    totals.byCode[line.awardCode] = (totals.byCode[line.awardCode] ?? 0) + line.count
    totals.byIssuer[line.issuerLevel] = (totals.byIssuer[line.issuerLevel] ?? 0) + line.count
  }
  return totals
}

/** Adds several totals (a cohort's total over its units). */
export function sumAwardTotals(list: readonly AwardTotals[]): AwardTotals {
  const sum = emptyAwardTotals()
  for (const t of list) {
    sum.total += t.total
    sum.collective += t.collective
    sum.individual += t.individual
    sum.household += t.household
    for (const [code, n] of Object.entries(t.byCode)) sum.byCode[code] = (sum.byCode[code] ?? 0) + n
    for (const [level, n] of Object.entries(t.byIssuer))
      sum.byIssuer[level] = (sum.byIssuer[level] ?? 0) + n
  }
  return sum
}
