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
