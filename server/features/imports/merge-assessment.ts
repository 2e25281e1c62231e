// The row an assessments file leaves stored for a unit and year: the file's values over the
// stored ones, the index and grade computed, the published values checked against them.
import type { AssessmentRow } from '#server/db/schema.ts'
import { gradeFor } from '#server/write-path/schemes.repository.ts'
import { round } from './parse-value.ts'
import type { PlannedAssessment } from './planned-assessment.ts'

/**
 * The stored row after this file: a column the file lacks keeps its stored value; a missing
 * maximum defaults to the scheme's total (or 100). Index and grade are then computed.
 */
export function mergeAssessment(
  p: PlannedAssessment,
  before: AssessmentRow | undefined,
): AssessmentRow | undefined {
  const { r, assessment: a } = p
  const has = (key: string) => r.sheet.index.has(key) || p.given.has(key)
  const schemeMax =
    p.scheme && p.scheme.fields.length > 0
      ? p.scheme.fields.reduce((s, f) => s + f.max_points, 0)
      : 100
  const points = has('points') ? a.points : (before?.points ?? null)
  const published = has('index_pct') ? a.published_index_pct : (before?.published_index_pct ?? null)
  // The maximum: as given; else, with points and the index both from the file, what they imply
  // (points ÷ index); else as stored, the scheme's total or 100. Index-only rows have none. Points
  // and an index from two tables are checked against each other (INDEX_MISMATCH), never made to
  // fit by a maximum no table printed, whichever came first.
  let max: number | null
  if (points === null) max = null
  else if (!Number.isNaN(a.max_points)) max = a.max_points
  else if (has('points') && has('index_pct') && published !== null && published > 0)
    max = round((points / published) * 100)
  else max = before?.max_points ?? schemeMax
  if (points !== null && max !== null && points > max + 1e-9)
    return r.error('points', 'OUT_OF_RANGE', { value: points, min: 0, max })
  const indexPct =
    points !== null && max !== null && max > 0 ? round((points / max) * 100) : (published as number)
  if (published !== null && Math.abs(published - indexPct) > 0.01 + 1e-9) {
    r.warn('index_pct', 'INDEX_MISMATCH', {
      published,
      computed: indexPct,
      points: points ?? '',
      max: max ?? '',
      // A maximum no column of this file gave: as stored, the scheme's or 100.
      assumed: Number.isNaN(a.max_points) ? 'yes' : '',
    })
  }
  // A rank within its cohort's size once merged: the file may give one and the stored row the other.
  const rank = has('rank') ? a.published_rank : (before?.published_rank ?? null)
  const size = has('cohort_size')
    ? a.published_cohort_size
    : (before?.published_cohort_size ?? null)
  if (rank !== null && size !== null && rank > size)
    return has('rank')
      ? r.error('rank', 'OUT_OF_RANGE', { value: rank, min: 1, max: size })
      : r.error('cohort_size', 'OUT_OF_RANGE', { value: size, min: rank, max: '…' })
  return {
    // Every column listed (no spread): one object shape for the ~10^5 rows of a large file.
    unit_code: a.unit_code,
    year: a.year,
    max_points: max,
    points,
    index_pct: indexPct,
    grade: gradeFor(p.scheme, indexPct),
    status: before?.status ?? 'DRAFT',
    decision_no: a.decision_no ?? before?.decision_no ?? null,
    decision_date: a.decision_date ?? before?.decision_date ?? null,
    published_rank: has('rank') ? a.published_rank : (before?.published_rank ?? null),
    published_grade: has('grade') ? a.published_grade : (before?.published_grade ?? null),
    published_index_pct: published,
    import_batch_id: null,
    updated_at: a.updated_at,
    // Set from the file's fields and the stored ones by assessmentChange().
    field_points: before?.field_points ?? null,
    // The cohort a decision ranked the row in stays as stored unless the file names it.
    cohort_parent_code: p.explicitParent
      ? a.cohort_parent_code
      : (before?.cohort_parent_code ?? a.cohort_parent_code),
    cohort_block: has('cohort') ? a.cohort_block : (before?.cohort_block ?? a.cohort_block),
    published_cohort_size: has('cohort_size')
      ? a.published_cohort_size
      : (before?.published_cohort_size ?? null),
  }
}
