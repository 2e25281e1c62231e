import type { AwardTotals } from '../kpi/award-totals.ts'
import type { AwardDirection } from '../domain/award-direction.ts'
import type { AwardDecision } from '../text/source-line.ts'
import type { UnitKind } from '../domain/units.ts'
import type { SortDirection } from '../schemas/cohorts.schema.ts'
import type { AwardSort } from '../schemas/awards.schema.ts'
import type { UnitRef } from './unit.ts'

/**
 * Recipients of one award and recipient type, given by the unit (at its own level) or received
 * from a level above (shared/domain/award-direction.ts): "Giấy khen, 10 tập thể, given".
 */
export type AwardBreakdownLine = {
  awardCode: string
  recipientType: string
  direction: AwardDirection
  count: number
}

export type AwardEntry = AwardTotals & {
  unit: UnitRef
  /** Recipients of the awards the unit gave (its own level issued them) … */
  given: number
  /** … and of those it received from a level above; given + received = total. */
  received: number
  /** By award, recipient type and direction: direction, then the taxonomy's order. */
  byAwardAndRecipient: AwardBreakdownLine[]
}

/** GET /api/awards */
export type AwardReport = {
  year: number | null
  parent: UnitRef
  kind: UnitKind
  /** The published block; null for the default cohort. */
  block: string | null
  /** Units with grants this year (the list's size before search and paging). */
  total: number
  /** Rows matching the search `q` before paging. */
  matched: number
  sort: AwardSort
  dir: SortDirection
  /** Place of the first item among the matched rows (0 unless a page was asked for). */
  offset: number
  items: AwardEntry[]
  /** The cohort's totals over every unit (not only the page). */
  totals: AwardTotals
  /** The cohort's recipients by award, recipient type and direction (every unit). */
  byAwardAndRecipient: AwardBreakdownLine[]
  years: number[]
}

/**
 * GET /api/awards/summary: a cohort-year's awards at any size — totals per award, recipient type
 * and issuing level, the units with grants, the top and bottom units by recipients, the focused.
 */
export type AwardCohortSummary = {
  year: number | null
  parent: UnitRef
  kind: UnitKind
  block: string | null
  years: number[]
  /** Units with grants this year. */
  unitsWithData: number
  /** total, by recipient type (collective, individual, household), byCode, byIssuer. */
  totals: AwardTotals
  /** The cohort's recipients by award, recipient type and direction (every unit). */
  byAwardAndRecipient: AwardBreakdownLine[]
  ends: number
  /** Most recipients first (ties: name, then code). */
  top: AwardEntry[]
  /** Fewest recipients among units with grants, fewest last. */
  bottom: AwardEntry[]
  focus: AwardEntry[]
  /** `focus` codes with no grants in this cohort-year. */
  missingFocus: string[]
  /**
   * The decisions that granted the cohort-year's awards (by date, then number): what the awards
   * chart image's source line names (awardsSourceLine).
   */
  decisions: AwardDecision[]
}
