// The year a comparison shows: the one the URL names while any compared unit has a result in it,
// else one the units have results in. The page writes the year it shows back into the URL, so
// the year picker and the link never disagree.
import type { ComparisonData } from '#shared/dto/compare.ts'
import type { CohortKey } from '#client/lib/cohort-params.ts'

/** How many of the compared units have a result in the year. */
export function unitsWithResult(comparison: ComparisonData, year: number): number {
  return comparison.items.filter((item) => item.years.some((y) => y.year === year)).length
}

/** The latest year every compared unit has a result in; null when they share none. */
export function sharedYear(comparison: ComparisonData): number | null {
  const all = comparison.items.length
  const shared = comparison.years.filter((year) => unitsWithResult(comparison, year) === all)
  return shared[shared.length - 1] ?? null
}

/**
 * The year a comparison opens on: the latest every unit has a result in; else (units of the old
 * map and of the new share no year) the latest year the most of them have one in.
 */
export function commonYear(comparison: ComparisonData): number | null {
  let best: number | null = null
  let most = 0
  for (const year of comparison.years) {
    const count = unitsWithResult(comparison, year)
    if (count >= most) [best, most] = [year, count]
  }
  return best
}

/**
 * The year compared: the URL's while any unit has a result in it (the reader may have chosen
 * it, and the units without are named on the page), else the year the comparison opens on. A
 * year none of the units has a result in is never shown: the units changed since it was chosen.
 */
export function comparedYear(comparison: ComparisonData, asked: number | undefined): number | null {
  if (asked !== undefined && comparison.years.includes(asked)) return asked
  return commonYear(comparison)
}

/**
 * A better year to offer while some units have no result in the year shown: the latest year
 * every unit has one in. Null when there is none, or the year shown is it.
 */
export function yearToOffer(comparison: ComparisonData, year: number): number | null {
  const shared = sharedYear(comparison)
  return shared !== null &&
    shared !== year &&
    unitsWithResult(comparison, year) < comparison.items.length
    ? shared
    : null
}

/**
 * The cohort the adder opens on when the URL names none: that of the first compared unit with a
 * result in the year shown. A ward of 2024 compared with the ward of 2025 it went into has no
 * 2025 cohort; skipping it keeps the adder on the compared units' own cohort, not the landing
 * one (another province's wards, "no results for 2024"). Undefined when no unit has a result.
 */
export function homeCohort(comparison: ComparisonData, year: number | null): CohortKey | undefined {
  if (year === null) return undefined
  for (const item of comparison.items) {
    const result = item.years.find((y) => y.year === year)
    if (result)
      return {
        parent: result.cohort.parent.code,
        kind: result.cohort.kind,
        block: result.cohort.block,
      }
  }
  return undefined
}
