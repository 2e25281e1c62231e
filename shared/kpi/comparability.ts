import { deltaPct, rankChange } from './year-over-year.ts'

/**
 * Why a change on the previous year is not claimed (ADR 014): a lineage event touched the unit
 * between the two years, the scheme changed, the unit was ranked in another cohort, the cohort's
 * size changed, or a rank of either year is one computed among the units loaded of a partial
 * table (rank-denominator.ts). The last two withhold only the rank move: an index on the same
 * scheme still compares.
 */
export const NOT_COMPARABLE_REASONS = [
  'LINEAGE',
  'SCHEME',
  'COHORT',
  'COHORT_SIZE',
  'AMONG_LOADED',
] as const
export type NotComparableReason = (typeof NOT_COMPARABLE_REASONS)[number]

/** Each reason as a reader is told it, mid-sentence ("không so sánh được (…)"). */
export const NOT_COMPARABLE_LABELS: Record<NotComparableReason, { vi: string; en: string }> = {
  LINEAGE: { vi: 'đơn vị được sắp xếp lại', en: 'the unit was reorganised' },
  SCHEME: { vi: 'phương pháp đánh giá thay đổi', en: 'the assessment method changed' },
  COHORT: { vi: 'khác nhóm xếp hạng', en: 'ranked in another cohort' },
  COHORT_SIZE: { vi: 'số đơn vị xếp hạng thay đổi', en: 'the number of units ranked changed' },
  AMONG_LOADED: {
    vi: 'hạng của một trong hai năm chỉ tính trong số đơn vị đã nhập, không có hạng công bố',
    en: 'the rank of one of the two years is among the units loaded only, none published',
  },
}

/** The labels of every reason in one language (the UI's strings take them from here). */
export function notComparableLabels(lang: 'vi' | 'en'): Record<NotComparableReason, string> {
  const entries = NOT_COMPARABLE_REASONS.map((r) => [r, NOT_COMPARABLE_LABELS[r][lang]] as const)
  return Object.fromEntries(entries) as Record<NotComparableReason, string>
}

/**
 * Whether two years were scored by different schemes, both known: their results do not compare
 * (a change of method), whatever else happened between them. The one test of it for every chart.
 */
export function schemesDiffer(a: string | null | undefined, b: string | null | undefined): boolean {
  return a != null && b != null && a !== b
}

/** The reasons that withhold the rank move alone. */
export const RANK_ONLY_REASONS: readonly NotComparableReason[] = ['COHORT_SIZE', 'AMONG_LOADED']

/** Whether `reason` withholds the rank move alone (the index change stands). */
export function isRankOnly(reason: NotComparableReason | null | undefined): boolean {
  return reason != null && RANK_ONLY_REASONS.includes(reason)
}

/** A year's standing as shown: the published rank and size where given. */
export type Standing = { indexPct: number; rank: number; total: number }

/** What happened between the two years, read from the data. */
export type YearBreaks = {
  /** A lineage event touched the unit after 31 December of the previous year. */
  lineage: boolean
  /** Another scheme covers the previous year. */
  schemeChanged: boolean
  /** Not ranked in this cohort the previous year, but in another one. */
  otherCohort: boolean
}

export type YearOverYear = {
  deltaPct: number | null
  rankChange: number | null
  notComparable: { reason: NotComparableReason; rankOnly: boolean } | null
}

/**
 * The change on the previous year as the product may claim it: the same unit in a comparable
 * cohort, or nothing with the reason.
 * @example yearOverYear({ indexPct: 80.1, rank: 5, total: 15 }, { indexPct: 74.75, rank: 12, total: 15 }, NO_BREAKS)
 *   // { deltaPct: 5.35, rankChange: 7, notComparable: null }
 */
export function yearOverYear(
  current: Standing,
  previous: Standing | null,
  breaks: YearBreaks,
): YearOverYear {
  const none = (reason: NotComparableReason): YearOverYear => ({
    deltaPct: null,
    rankChange: null,
    notComparable: { reason, rankOnly: false },
  })
  if (breaks.lineage) return none('LINEAGE')
  if (!previous) return breaks.otherCohort ? none('COHORT') : empty
  if (breaks.schemeChanged) return none('SCHEME')
  const delta = deltaPct(current.indexPct, previous.indexPct)
  if (previous.total !== current.total) {
    return {
      deltaPct: delta,
      rankChange: null,
      notComparable: { reason: 'COHORT_SIZE', rankOnly: true },
    }
  }
  return {
    deltaPct: delta,
    rankChange: rankChange(current.rank, previous.rank),
    notComparable: null,
  }
}

const empty: YearOverYear = { deltaPct: null, rankChange: null, notComparable: null }

export const NO_BREAKS: YearBreaks = { lineage: false, schemeChanged: false, otherCohort: false }

/**
 * The change with its rank move withheld when a rank of either year is one computed among the
 * units loaded of a partial table (rank-denominator.ts): no standing in the cohort to move from or
 * to, whatever the two sizes (AMONG_LOADED, the rank alone, said rather than a change of size; a
 * reason withholding the whole change stays).
 */
export function withoutRankMove(change: YearOverYear, amongLoaded: boolean): YearOverYear {
  if (!amongLoaded) return change
  const withheld = change.notComparable
  if (withheld && !withheld.rankOnly) return change
  // No previous standing: nothing was claimed.
  if (!withheld && change.rankChange === null) return change
  return {
    deltaPct: change.deltaPct,
    rankChange: null,
    notComparable: { reason: 'AMONG_LOADED', rankOnly: true },
  }
}
