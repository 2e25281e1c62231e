import type { UnitKind } from '../domain/units.ts'
import type { UnitRef } from './unit.ts'

/**
 * A cohort with assessments — the units of one level ranked under one parent, in one published
 * block — what the cohort picker offers.
 */
export type CohortSummary = {
  parent: UnitRef
  kind: UnitKind
  /** The block's name as imported; null for the default cohort. */
  block: string | null
  /** Ascending. */
  years: number[]
  latestYear: number
  /** Units loaded in the latest year. */
  unitCount: number
  /** The latest year's published size (null: not given). */
  publishedSize: number | null
  /** The parent still exists today (present-day map). */
  current: boolean
}

export type CohortList = { items: CohortSummary[] }

/** The cohort header repeated by cohort-level payloads. */
export type CohortRef = { parent: UnitRef; kind: UnitKind; block: string | null }
