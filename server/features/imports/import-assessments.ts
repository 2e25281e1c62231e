// kind=assessments: one row per unit and year. The index and grade are computed (points ÷
// maximum; the covering scheme's bands); the file's rank, grade and index are stored as the
// published values and compared, never trusted over the computation.
import type { FieldPoint } from '#server/db/field-points.ts'
import type { AssessmentRow } from '#server/db/schema.ts'
import {
  gradeFor,
  indexSchemes,
  loadSchemes,
  schemeForUnit,
  type FullScheme,
} from '#server/features/schemes/schemes.repository.ts'
import { foldLabel } from '#shared/text/fold-unit-name.ts'
import { diffRows } from './change-set.ts'
import { existingRowsByKey } from './existing-rows-by-key.ts'
import { assessmentChange } from './assessment-changes.ts'
import { DuplicateGuard, readYear, type KindContext, type KindHandler } from './import-kind.ts'
import { RowReader } from './import-sheet.ts'
import { round } from './parse-value.ts'
import { ancestors, resolveUnit } from './unit-directory.ts'

type Planned = {
  row: number
  r: RowReader
  scheme: FullScheme | undefined
  assessment: Omit<AssessmentRow, 'status' | 'import_batch_id' | 'field_points'>
  fields: FieldPoint[]
}

export const importAssessments: KindHandler = async (sheet, ctx) => {
  const schemes = indexSchemes((await loadSchemes(ctx.db)).values())
  const dup = new DuplicateGuard()
  const planned: Planned[] = []
  const schemeByScope = new Map<string, FullScheme | undefined>()
  for (const tableRow of sheet.rows) {
    const r = new RowReader(sheet, tableRow)
    const year = readYear(r)
    const unit = resolveUnit(r, ctx.units, ctx.parentCode, year ?? undefined)
    if (!unit || !year) continue
    // A unit's scheme depends only on its parent chain, kind and year: found once per cohort.
    const scope = `${unit.parent_code ?? ''}|${unit.kind}|${year}`
    let scheme = schemeByScope.get(scope)
    if (!schemeByScope.has(scope)) {
      const chain = ancestors(ctx.units, unit).map((u) => u.code)
      schemeByScope.set(scope, (scheme = schemeForUnit(schemes, chain, unit.kind, year)))
    }
    const item = readAssessment(r, ctx, unit.code, year, scheme)
    if (!item || r.failed || !dup.check(r, `${unit.code}|${year}`)) continue
    planned.push(item)
  }
  if (ctx.issues.errorCount > 0) return
  await planAssessments(ctx, planned)
}

function readAssessment(
  r: RowReader,
  ctx: KindContext,
  unitCode: string,
  year: number,
  scheme: FullScheme | undefined,
): Planned | undefined {
  const max = r.number('max_points')
  if (typeof max === 'number' && max <= 0)
    r.error('max_points', 'OUT_OF_RANGE', { value: max, min: '> 0', max: '…' })
  const points = r.number('points', true)
  if (typeof points === 'number' && typeof max === 'number' && max > 0)
    r.range('points', points, 0, max)
  const published = r.number('index_pct')
  if (typeof published === 'number') r.range('index_pct', published, 0, 100)
  const rank = r.integer('rank')
  if (typeof rank === 'number' && rank < 1)
    r.error('rank', 'OUT_OF_RANGE', { value: rank, min: 1, max: '…' })
  const decisionDate = r.date('decision_date')
  const fields = readFields(r, unitCode, year, max ?? 100, scheme)
  if (
    r.failed ||
    max === undefined ||
    typeof points !== 'number' ||
    published === undefined ||
    rank === undefined ||
    decisionDate === undefined
  )
    return
  if (fields.length > 0 && fields.length === r.sheet.fieldColumns.length) {
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
    },
  }
}

/**
 * The stored row after this file: a column the file lacks keeps its stored value; a missing
 * maximum defaults to the scheme's total (or 100). Index and grade are then computed.
 */
function merge(p: Planned, before: AssessmentRow | undefined): AssessmentRow | undefined {
  const { r, assessment: a } = p
  const has = (key: string) => r.sheet.index.has(key)
  const schemeMax =
    p.scheme && p.scheme.fields.length > 0
      ? p.scheme.fields.reduce((s, f) => s + f.max_points, 0)
      : 100
  const max = Number.isNaN(a.max_points) ? (before?.max_points ?? schemeMax) : a.max_points
  if (a.points > max) return r.error('points', 'OUT_OF_RANGE', { value: a.points, min: 0, max })
  const indexPct = round((a.points / max) * 100)
  const published = has('index_pct') ? a.published_index_pct : (before?.published_index_pct ?? null)
  if (published !== null && Math.abs(published - indexPct) > 0.01 + 1e-9) {
    r.warn('index_pct', 'INDEX_MISMATCH', { published, computed: indexPct })
  }
  return {
    // Every column listed (no spread): one object shape for the ~10^5 rows of a large file.
    unit_code: a.unit_code,
    year: a.year,
    max_points: max,
    points: a.points,
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
  }
}

function readFields(
  r: RowReader,
  unitCode: string,
  year: number,
  max: number,
  scheme: FullScheme | undefined,
): FieldPoint[] {
  const out: FieldPoint[] = []
  for (const col of r.sheet.fieldColumns) {
    const cell = (r.cells[col.index] ?? '').trim()
    const value = r.number(col.header, false, cell)
    if (value === null || value === undefined) continue
    const field = scheme?.fields.find((f) => f.field_code === col.code)
    if (scheme && scheme.fields.length > 0 && !field) {
      r.sheet.issues.error(r.row, col.header, 'UNKNOWN_FIELD', {
        value: col.code,
        scheme: scheme.scheme.id,
      })
      r.failed = true
      continue
    }
    const fieldMax = field?.max_points ?? max
    // Bonus/penalty points may be negative; every other field lies within 0..maximum.
    const min = col.code === 'ADJUSTMENT' ? -fieldMax : 0
    if (value < min || value > fieldMax) {
      r.sheet.issues.error(r.row, col.header, 'OUT_OF_RANGE', { value, min, max: fieldMax })
      r.failed = true
      continue
    }
    out.push({
      unit_code: unitCode,
      year,
      field_code: col.code,
      points: value,
      max_points: field?.max_points ?? null,
    })
  }
  return out
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

async function planAssessments(ctx: KindContext, planned: Planned[]) {
  const units = new Set(planned.map((p) => p.assessment.unit_code))
  const years = new Set(planned.map((p) => p.assessment.year))
  const existing = await existingRowsByKey(ctx.db, 'assessment', units, years)
  for (const p of planned) {
    const { row, r, fields } = p
    const key = `${p.assessment.unit_code}|${p.assessment.year}`
    const before = existing.get(key)
    const after = merge(p, before)
    if (!after) continue
    const rowDiff = before ? (diffRows(before, after) ?? undefined) : undefined
    const { changes, diff } = assessmentChange(key, before, after, rowDiff, fields)
    if (before?.status === 'PUBLISHED' && changes.length > 0) {
      r.warn(null, 'PUBLISHED_CHANGED', { key: `${after.unit_code} ${after.year}` })
    }
    ctx.set.record(row, key, !before, changes, diff)
  }
}
