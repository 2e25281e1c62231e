/**
 * One grade band of a scheme (e.g. Tốt ≥ 80 %). `minInclusive: false` means the index must be
 * above minPct ("Xuất sắc > 95"); absent or true, it must reach it ("A ≥ 90"), as every band did
 * before bounds were recorded.
 */
export type GradeBand = {
  code: string
  labelVi: string
  labelEn: string
  minPct: number
  minInclusive?: boolean
}

// Indices are quotients (points ÷ maximum × 100): 80 may arrive as 79.99999999999999.
const EPSILON = 1e-9

/**
 * Whether an index % reaches a band's minimum: at or above it when inclusive, above it otherwise.
 * @example meetsMinimum(95, 95, false) // false: "> 95" needs more than 95
 */
export function meetsMinimum(index: number, minPct: number, inclusive = true): boolean {
  return inclusive ? index + EPSILON >= minPct : index - EPSILON > minPct
}

/**
 * Whether band a ranks above band b: the higher minimum, or at the same minimum the strict one
 * (an index above 95 qualifies for both "≥ 95" and "> 95"; the stricter band is the better grade).
 */
export function bandOutranks(
  a: { minPct: number; minInclusive: boolean },
  b: { minPct: number; minInclusive: boolean },
): boolean {
  return a.minPct > b.minPct || (a.minPct === b.minPct && !a.minInclusive && b.minInclusive)
}

/**
 * The grade of an index % under a scheme's bands: the highest band whose minimum the index meets.
 * Null when the scheme has no bands or the index is below every band.
 * @example gradeFor(80.1, [{ code: 'GOOD', minPct: 80, … }, { code: 'FAIR', minPct: 70, … }]) // 'GOOD'
 */
export function gradeFor(index: number, bands: readonly GradeBand[]): string | null {
  let best: { code: string; minPct: number; minInclusive: boolean } | null = null
  for (const band of bands) {
    const bound = { code: band.code, minPct: band.minPct, minInclusive: band.minInclusive ?? true }
    if (
      meetsMinimum(index, bound.minPct, bound.minInclusive) &&
      (!best || bandOutranks(bound, best))
    )
      best = bound
  }
  return best?.code ?? null
}

/**
 * A grade code as a reader reads it: its band's label in `lang`, the code itself where no band
 * names it (a published grade of a year no scheme covers), null without a grade.
 */
export function gradeLabel(
  bands: readonly GradeBand[],
  grade: string | null | undefined,
  lang: 'vi' | 'en',
): string | null {
  if (!grade) return null
  const band = bands.find((b) => b.code === grade)
  return band ? (lang === 'vi' ? band.labelVi : band.labelEn) : grade
}
