import type { NotComparableReason } from '../kpi/comparability.ts'
import type { GradeBand } from '../kpi/grade.ts'
import type { UnitKind } from '../domain/units.ts'
import type { SortDirection } from '../schemas/cohorts.schema.ts'
import type { ScorecardSort } from '../schemas/scorecard.schema.ts'
import type { UnitRef } from './unit.ts'

/** One unit's result in one field. */
export type ScorecardCell = {
  points: number
  /** The unit's own maximum for the field where recorded, else the scheme's; null: unknown. */
  maxPoints: number | null
  /** points ÷ maxPoints × 100 (2 decimals); null when the maximum is unknown or zero. */
  sharePct: number | null
  /** The scheme's grade band the share falls in (the index bands applied to the field). */
  band: string | null
  /**
   * The share's change on the previous year in percentage points; null where the unit's index
   * change is withheld (another cohort, scheme or a lineage event) or the field had no points.
   */
  deltaPct: number | null
}

/** A unit's line of the scorecard: its standing and one cell per field (null: no points). */
export type ScorecardRow = {
  unit: UnitRef
  /** The published rank where given, else the computed one. */
  rank: number
  indexPct: number
  grade: string | null
  /** Why the change on the previous year is withheld; null when it is claimed or there is none. */
  notComparable: NotComparableReason | null
  cells: Record<string, ScorecardCell | null>
}

/** A field of the year's scheme (or, without a scheme, a field some unit has points in). */
export type ScorecardField = { code: string; maxPoints: number | null }

/** The cohort's best or median share per field and index, over every unit (not only the page). */
export type ScorecardReference = { indexPct: number | null; cells: Record<string, number | null> }

/** GET /api/scorecard */
export type Scorecard = {
  /** null only when the cohort has no data at all. */
  year: number | null
  parent: UnitRef
  kind: UnitKind
  block: string | null
  /** Cohort size as shown (the published size where given, else `ranked`). */
  total: number
  ranked: number
  /** Rows matching `q` before paging. */
  matched: number
  sort: ScorecardSort
  dir: SortDirection
  offset: number
  fields: ScorecardField[]
  gradeBands: GradeBand[]
  years: number[]
  best: ScorecardReference
  median: ScorecardReference
  items: ScorecardRow[]
}
