// A row of an assessments file as read, before it is merged with the row stored for its unit
// and year.
import type { FieldPoint } from '#server/db/field-points.ts'
import type { AssessmentRow } from '#server/db/schema.ts'
import type { FullScheme } from '#server/write-path/schemes.repository.ts'
import type { RowReader } from './row-reader.ts'
import type { Section } from './table-sections.ts'

export type PlannedAssessment = {
  row: number
  r: RowReader
  scheme: FullScheme | undefined
  assessment: Omit<AssessmentRow, 'status' | 'import_batch_id' | 'field_points'>
  fields: FieldPoint[]
  /** The file names the cohort's parent (`cohort_parent` or `?parent=`). */
  explicitParent: boolean
  /** The section heading the row is under, if any (its block and size, table-sections.ts). */
  section?: Section
  /** Columns a section heading gave the row (`cohort`, `cohort_size`): given, as the file's are. */
  given: Set<string>
}
