// What picking another cohort in the adder ("Từ nhóm") does to the units and the year compared.
import { COMPARE_MAX_UNITS, COMPARE_MIN_UNITS } from '#shared/domain/compare-limits.ts'
import { unitCodeKey } from '#shared/domain/units.ts'
import type { ChosenBy } from './compare-url.ts'

/**
 * The units compared once the reader picks another cohort to add from. The reader's own stay.
 * The page's give way, but for the reader's unit (focus): the reader is choosing units of their
 * own, and the cohort's top units would only stand in the way (the six-unit limit, a year the
 * new cohort has no result in). Undefined when the units do not change.
 */
export function unitsOnCohortChange(
  units: readonly string[],
  chosenBy: ChosenBy,
  focus: string | null,
): string[] | undefined {
  if (chosenBy !== 'page') return undefined
  return units.filter((u) => focus !== null && unitCodeKey(u) === unitCodeKey(focus))
}

/**
 * The year compared once the reader picks another cohort: the year shown while the cohort has
 * it; else the cohort's latest, so that the units offered are of the year compared. A comparison
 * that stays on screen (units enough to compare, and not too many) keeps its year, which its
 * units have results in: the adder says that the cohort's units are of another year.
 */
export function yearOnCohortChange(
  cohort: { years: readonly number[]; latestYear: number },
  year: number | undefined,
  unitsAfter: number,
): number {
  if (year === undefined) return cohort.latestYear
  if (cohort.years.includes(year)) return year
  const comparisonStays = unitsAfter >= COMPARE_MIN_UNITS && unitsAfter <= COMPARE_MAX_UNITS
  return comparisonStays ? year : cohort.latestYear
}
