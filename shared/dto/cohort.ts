import type { UnitKind } from '../domain/units.ts'
import type { UnitRef } from './unit.ts'

/** A (parent, kind) pair that has assessments: what the cohort picker offers. */
export type CohortSummary = {
  parent: UnitRef
  kind: UnitKind
  /** Ascending. */
  years: number[]
  latestYear: number
  /** Units with an assessment in the latest year. */
  unitCount: number
}

export type CohortList = { items: CohortSummary[] }

/** The cohort header repeated by cohort-level payloads. */
export type CohortRef = { parent: UnitRef; kind: UnitKind }
