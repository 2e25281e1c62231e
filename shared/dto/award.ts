import type { AwardTotals } from '../kpi/award-totals.ts'
import type { UnitKind } from '../domain/units.ts'
import type { UnitRef } from './unit.ts'

export type AwardEntry = AwardTotals & { unit: UnitRef }

/** GET /api/awards */
export type AwardReport = {
  year: number | null
  parent: UnitRef
  kind: UnitKind
  items: AwardEntry[]
  totals: AwardTotals
  years: number[]
}
