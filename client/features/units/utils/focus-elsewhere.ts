import type { CohortRef } from '#shared/dto/cohort.ts'
import type { UnitProfile } from '#shared/dto/profile.ts'

/**
 * Where the reader's unit stands when the cohort on screen does not hold it in the year shown:
 * ranked in another cohort that year (a district's offices, a ward listed apart), or with no
 * result that year — then its latest result, and the last day the unit existed where it ended
 * before the year was out (a district of the old map in 2025).
 */
export type FocusElsewhere =
  | { kind: 'otherCohort'; cohort: CohortRef }
  | {
      kind: 'noResult'
      last: { year: number; cohort: CohortRef } | null
      /** The unit's last day (ISO), where it ended before the year's last. */
      endedOn: string | null
    }

export function focusElsewhere(
  profile: Pick<UnitProfile, 'unit' | 'years'>,
  year: number,
): FocusElsewhere {
  const that = profile.years.find((y) => y.year === year)
  if (that) return { kind: 'otherCohort', cohort: that.cohort }
  const earlier = profile.years.filter((y) => y.year < year).at(-1)
  const { validTo } = profile.unit
  return {
    kind: 'noResult',
    last: earlier ? { year: earlier.year, cohort: earlier.cohort } : null,
    endedOn: validTo !== null && validTo < `${year}-12-31` ? validTo : null,
  }
}
