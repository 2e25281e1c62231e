// One row of an assessments file read into a planned assessment: its points, maximum and index,
// the rank, size and grade it was published with, its decision and its fields' points.
import type { FullScheme } from '#server/write-path/schemes.repository.ts'
import { foldLabel } from '#shared/text/fold-unit-name.ts'
import type { KindContext } from './import-kind.ts'
import { round } from './parse-value.ts'
import type { PlannedAssessment } from './planned-assessment.ts'
import { readCohortSize, readPrintedRank } from './printed-rank.ts'
import { readFieldMaxima, readFields } from './read-field-points.ts'
import type { RowReader } from './row-reader.ts'

/** The row's values, each checked; undefined once one of them is refused. */
export function readAssessment(
  r: RowReader,
  ctx: KindContext,
  unitCode: string,
  year: number,
  scheme: FullScheme | undefined,
): PlannedAssessment | undefined {
  const max = r.number('max_points')
  if (typeof max === 'number' && max <= 0)
    r.error('max_points', 'OUT_OF_RANGE', { value: max, min: '> 0', max: '…' })
  const points = r.number('points')
  if (typeof points === 'number' && typeof max === 'number' && max > 0)
    r.range('points', points, 0, max)
  const published = r.number('index_pct')
  if (typeof published === 'number') r.range('index_pct', published, 0, 100)
  if (points === null && published === null)
    r.error(r.column('points') ? 'points' : 'index_pct', 'POINTS_OR_INDEX_REQUIRED')
  const printed = readPrintedRank(r)
  const rank = printed ? printed.rank : r.integer('rank')
  if (typeof rank === 'number' && rank < 1)
    r.error('rank', 'OUT_OF_RANGE', { value: rank, min: 1, max: '…' })
  const size = readCohortSize(r, printed?.of ?? null)
  if (typeof size === 'number' && size < 1)
    r.error('cohort_size', 'OUT_OF_RANGE', { value: size, min: 1, max: '…' })
  if (typeof rank === 'number' && typeof size === 'number' && size >= 1 && rank > size)
    r.error('rank', 'OUT_OF_RANGE', { value: rank, min: 1, max: size })
  const decisionDate = r.date('decision_date')
  const fieldMax = readFieldMaxima(r, scheme)
  const fields = readFields(r, unitCode, year, max ?? 100, scheme, fieldMax)
  if (
    r.failed ||
    max === undefined ||
    points === undefined ||
    published === undefined ||
    rank === undefined ||
    size === undefined ||
    decisionDate === undefined
  )
    return
  if (
    typeof points === 'number' &&
    fields.length > 0 &&
    fields.length === r.sheet.fieldColumns.length
  ) {
    const sum = round(
      fields.reduce((s, f) => s + f.points, 0),
      4,
    )
    if (Math.abs(sum - points) > Math.max(0.01, 0.005 * fields.length) + 1e-9) {
      r.error('points', 'FIELD_SUM_MISMATCH', { sum, total: points })
      return
    }
  }
  const grade = r.text('grade')
  return {
    row: r.row,
    r,
    scheme,
    fields,
    explicitParent: false,
    // A size printed with the rank ("3/52") is given as a size column's would be.
    given: new Set(printed?.of != null ? ['cohort_size'] : []),
    assessment: {
      unit_code: unitCode,
      year,
      max_points: max ?? NaN,
      points,
      index_pct: NaN,
      grade: null,
      decision_no: r.text('decision_no') || null,
      decision_date: decisionDate,
      published_rank: rank,
      published_grade: grade === '' ? null : bandCode(scheme, grade),
      published_index_pct: published,
      updated_at: ctx.now,
      cohort_parent_code: null,
      cohort_block: r.text('cohort').normalize('NFC'),
      published_cohort_size: size,
    },
  }
}

/** The published grade as the scheme's band code when it names one ("Tốt" → GOOD), else as written. */
function bandCode(scheme: FullScheme | undefined, grade: string): string {
  if (!scheme) return grade
  let byLabel = bandLabels.get(scheme)
  if (!byLabel) {
    byLabel = new Map()
    for (const b of [...scheme.bands].reverse())
      for (const l of [b.label_en, b.label_vi, b.grade_code])
        byLabel.set(foldLabel(l), b.grade_code)
    bandLabels.set(scheme, byLabel)
  }
  let code = byLabel.get(grade)
  if (code === undefined) byLabel.set(grade, (code = byLabel.get(foldLabel(grade)) ?? grade))
  return code
}
// Each scheme's band labels (and each grade as written) are folded once, not once per row.
const bandLabels = new WeakMap<FullScheme, Map<string, string>>()
