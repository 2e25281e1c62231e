import type { GradeBand } from './grade.ts'

/** Data-quality flags: the published value differs from the one the product computes. */
export const PUBLISHED_FLAGS = [
  'PUBLISHED_RANK_DIFFERS',
  'PUBLISHED_GRADE_DIFFERS',
  'PUBLISHED_INDEX_DIFFERS',
] as const
export type PublishedFlag = (typeof PUBLISHED_FLAGS)[number]

/** Each flag as the data-quality page and its download name it: the figure that differs. */
export const PUBLISHED_FLAG_LABELS: Record<PublishedFlag, { vi: string; en: string }> = {
  PUBLISHED_RANK_DIFFERS: { vi: 'Thứ hạng', en: 'Rank' },
  PUBLISHED_GRADE_DIFFERS: { vi: 'Xếp loại', en: 'Grade' },
  PUBLISHED_INDEX_DIFFERS: { vi: 'Chỉ số', en: 'Index' },
}

/** The labels of every flag in one language (the UI's strings take them from here). */
export function publishedFlagLabels(lang: 'vi' | 'en'): Record<PublishedFlag, string> {
  const entries = PUBLISHED_FLAGS.map((f) => [f, PUBLISHED_FLAG_LABELS[f][lang]] as const)
  return Object.fromEntries(entries) as Record<PublishedFlag, string>
}

export type PublishedValues = { rank: number | null; grade: string | null; indexPct: number | null }
export type ComputedValues = { rank: number; grade: string | null; indexPct: number }

/** Index differences up to this many points are rounding, not a discrepancy. */
export const INDEX_TOLERANCE = 0.01

const fold = (text: string) => text.normalize('NFC').trim().toLocaleLowerCase('vi')

/**
 * Whether a published grade names the computed grade code: published tables print the label
 * ("Tốt"), so the code, the Vietnamese and the English label of the band all match.
 */
export function sameGrade(
  published: string,
  computedCode: string,
  bands: readonly GradeBand[],
): boolean {
  const band = bands.find((b) => b.code === computedCode)
  const names = [computedCode, band?.labelVi, band?.labelEn].filter((n): n is string => !!n)
  return names.some((name) => fold(name) === fold(published))
}

/**
 * Flags where a published value (when given) differs from the computed one. A missing computed
 * grade (no scheme) is not a difference: there is nothing to compare.
 */
export function publishedFlags(
  computed: ComputedValues,
  published: PublishedValues | null,
  bands: readonly GradeBand[] = [],
): PublishedFlag[] {
  if (!published) return []
  const flags: PublishedFlag[] = []
  if (published.rank !== null && published.rank !== computed.rank)
    flags.push('PUBLISHED_RANK_DIFFERS')
  if (
    published.grade !== null &&
    computed.grade !== null &&
    !sameGrade(published.grade, computed.grade, bands)
  ) {
    flags.push('PUBLISHED_GRADE_DIFFERS')
  }
  if (
    published.indexPct !== null &&
    Math.abs(published.indexPct - computed.indexPct) > INDEX_TOLERANCE + 1e-9
  ) {
    flags.push('PUBLISHED_INDEX_DIFFERS')
  }
  return flags
}
