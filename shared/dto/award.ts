import type { AwardTotals } from '../kpi/award-totals.ts'
import type { UnitKind } from '../domain/units.ts'
import type { UnitRef } from './unit.ts'

export type AwardEntry = AwardTotals & { unit: UnitRef }

/** GET /api/awards */
export type AwardReport = {
  year: number | null
  parent: UnitRef
  kind: UnitKind
  /** The published block; null for the default cohort. */
  block: string | null
  items: AwardEntry[]
  totals: AwardTotals
  years: number[]
}
