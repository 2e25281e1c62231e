// Which count columns a cohort's awards tables draw: one that is 0 for every unit of the cohort
// (households among districts, which give "Gia đình văn hóa" only at commune level) says nothing
// a reader needs, and on a phone it pushed the columns that do say something off the screen.
import type { AwardBreakdownLine } from '#shared/dto/award.ts'
import type { AwardTotals } from '#shared/kpi/award-totals.ts'

/** The awards tables' count columns that can be empty across a cohort. */
export const AWARD_COUNT_KEYS = [
  'collective',
  'individual',
  'household',
  'given',
  'received',
] as const
export type AwardCountKey = (typeof AWARD_COUNT_KEYS)[number]

/**
 * The cohort's sum under each count column (every unit, not only a page or a search): recipients
 * by type from the totals, given and received from the lines by direction.
 */
export function cohortCountSums(figures: {
  totals: Pick<AwardTotals, 'collective' | 'individual' | 'household'>
  byAwardAndRecipient: readonly Pick<AwardBreakdownLine, 'direction' | 'count'>[]
}): Record<AwardCountKey, number> {
  const { totals, byAwardAndRecipient: lines } = figures
  const sumOf = (direction: AwardBreakdownLine['direction']) =>
    lines.reduce((n, l) => (l.direction === direction ? n + l.count : n), 0)
  return {
    collective: totals.collective,
    individual: totals.individual,
    household: totals.household,
    given: sumOf('GIVEN'),
    received: sumOf('RECEIVED'),
  }
}

/** The columns to draw: every column but a count column whose cohort sum is 0. */
export function withoutEmptyCounts<C extends { key: string }>(
  columns: readonly C[],
  sums: Record<AwardCountKey, number>,
): C[] {
  const isCount = (key: string): key is AwardCountKey =>
    (AWARD_COUNT_KEYS as readonly string[]).includes(key)
  return columns.filter((c) => !isCount(c.key) || sums[c.key] > 0)
}
