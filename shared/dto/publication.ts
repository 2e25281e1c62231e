import type { UnitKind } from '../domain/units.ts'
import type { SourceIssuer, SourcePublication } from '../text/source-line.ts'
import type { UnitRef } from './unit.ts'

/** Answer of POST and DELETE /api/publications. */
export type PublicationResult = {
  parentCode: string
  kind: string
  year: number
  status: 'PUBLISHED' | 'DRAFT'
  /** Assessments in the cohort-year. */
  units: number
  /** Assessments whose status or decision changed. */
  changed: number
}

/** One year of a cohort with its publication state. */
export type CohortYearStatus = {
  year: number
  /** MIXED when some units are published and some are not (e.g. a late import). */
  status: 'PUBLISHED' | 'DRAFT' | 'MIXED'
  decisionNo: string | null
  decisionDate: string | null
  units: number
}

/**
 * GET /api/publications/status: whether a cohort's years are published, under which decision and
 * by whom, as the caller sees the results; `sourceLine` is sourceLine() over `years`.
 */
export type PublicationStatusReport = {
  parent: UnitRef
  kind: UnitKind
  block: string | null
  issuer: SourceIssuer
  /** Oldest first; empty when the cohort has no results (in the year asked for). */
  years: SourcePublication[]
  sourceLine: { vi: string; en: string }
}
