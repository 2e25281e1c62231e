// The rows of a schemes file under one scheme: fields (with their appraisal and survey parts),
// criteria under fields, and grade bands with an inclusive or strict lower bound.
import type { FullScheme } from '#server/write-path/schemes.repository.ts'
import { FIELD_COMPONENTS, type FieldComponent } from '#shared/domain/kpi-fields.ts'
import { foldLabel } from '#shared/text/fold-unit-name.ts'
import type { ImportIssues } from './import-issues.ts'
import type { RowReader } from './row-reader.ts'

type PendingCriterion = {
  r: RowReader
  code: string
  fieldCode: string
  name: string
  max: number
  component: FieldComponent | null
}

/** A scheme being read from the file: its first row, criteria placed once every row is read. */
export type Draft = FullScheme & {
  row: number
  fieldRows: Map<string, number>
  pending: PendingCriterion[]
}

const TOLERANCE = 1e-6
/** Parts derived by subtraction are rounded so 40 − 31.5 is stored as 8.5, not 8.500000000001. */
const roundPart = (value: number) => Math.round(value * 1e6) / 1e6

function duplicate(r: RowReader, d: Draft, code: string, taken: boolean) {
  if (taken) r.error('code', 'DUPLICATE_ROW', { other: d.row, key: `${d.scheme.id}:${code}` })
}

/**
 * A field's maximum and parts. Without parts the maximum is required; with both parts it may be
 * left out (their sum); with one part the other is what remains of the maximum.
 */
function readParts(r: RowReader) {
  const given = r.number('max_points')
  const appraisal = r.number('appraisal_max')
  const survey = r.number('survey_max')
  for (const [key, value] of [
    ['max_points', given],
    ['appraisal_max', appraisal],
    ['survey_max', survey],
  ] as const)
    if (typeof value === 'number') r.range(key, value, 0, 1000)
  if (r.failed || given === undefined || appraisal === undefined || survey === undefined) return
  if (appraisal === null && survey === null) {
    if (given === null) return r.error('max_points', 'MISSING_VALUE')
    return { max: given, appraisal: null, survey: null }
  }
  if (given === null) {
    if (appraisal === null || survey === null) return r.error('max_points', 'MISSING_VALUE')
    return { max: roundPart(appraisal + survey), appraisal, survey }
  }
  const a = appraisal ?? roundPart(given - (survey ?? 0))
  const s = survey ?? roundPart(given - a)
  if (a < 0 || s < 0 || Math.abs(a + s - given) > TOLERANCE) {
    const sum = roundPart(a + s)
    return r.error('max_points', 'FIELD_PARTS_MISMATCH', {
      appraisal: a,
      survey: s,
      sum,
      max: given,
    })
  }
  return { max: given, appraisal: a, survey: s }
}

export function addField(r: RowReader, d: Draft, code: string) {
  const parts = readParts(r)
  const component = r.oneOf('component', FIELD_COMPONENTS, {}, false) ?? 'APPRAISAL'
  duplicate(r, d, code, d.fieldRows.has(code))
  if (r.failed || !parts) return
  d.fieldRows.set(code, r.row)
  d.fields.push({
    scheme_id: d.scheme.id,
    field_code: code,
    max_points: parts.max,
    component,
    sort_order: d.fields.length,
    appraisal_max: parts.appraisal,
    survey_max: parts.survey,
  })
}

export function addCriterion(r: RowReader, d: Draft, code: string) {
  const fieldCode = r.required('field_code')?.trim().toUpperCase()
  const name = r.required('criterion_name')
  const max = r.number('max_points', true)
  if (typeof max === 'number') r.range('max_points', max, 0, 1000)
  const component = r.oneOf('component', FIELD_COMPONENTS, {}, false)
  duplicate(
    r,
    d,
    code,
    d.pending.some((c) => c.code === code),
  )
  if (r.failed || !fieldCode || !name || typeof max !== 'number' || component === undefined) return
  d.pending.push({ r, code, fieldCode, name, max, component })
}

/** Puts each criterion under its field (a criterion row may come before its field's row). */
export function placeCriteria(d: Draft) {
  for (const c of d.pending) {
    const field = d.fields.find((f) => f.field_code === c.fieldCode)
    if (!field) {
      c.r.error('field_code', 'UNKNOWN_FIELD', { value: c.fieldCode, scheme: d.scheme.id })
      continue
    }
    d.criteria.push({
      scheme_id: d.scheme.id,
      field_code: field.field_code,
      criterion_code: c.code,
      name: c.name,
      max_points: c.max,
      component: c.component ?? field.component,
      sort_order: d.criteria.length,
    })
  }
}

/** Warns where a field's criteria do not add up to its maximum (or to each part's). */
export function checkCriteriaTotals(issues: ImportIssues, d: Draft) {
  for (const f of d.fields) {
    const criteria = d.criteria.filter((c) => c.field_code === f.field_code)
    if (criteria.length === 0) continue
    const split = f.appraisal_max !== null && f.survey_max !== null
    const checks: [part: string, max: number, list: typeof criteria][] = split
      ? [
          ['APPRAISAL', f.appraisal_max ?? 0, criteria.filter((c) => c.component === 'APPRAISAL')],
          ['SURVEY', f.survey_max ?? 0, criteria.filter((c) => c.component === 'SURVEY')],
        ]
      : [['', f.max_points, criteria]]
    for (const [part, max, list] of checks) {
      const total = list.reduce((sum, c) => sum + c.max_points, 0)
      if (Math.abs(total - max) <= TOLERANCE) continue
      issues.warn(d.fieldRows.get(f.field_code) ?? d.row, null, 'CRITERIA_TOTAL', {
        scheme: d.scheme.id,
        field: f.field_code,
        part,
        total: roundPart(total),
        max,
      })
    }
  }
}

// Written as in published methods: "từ 90 % trở lên" / "≥ 90" is inclusive, "trên 95 %" / "> 95" strict.
const BOUNDS = new Map<string, number>([
  ['≥', 1],
  ['>=', 1],
  ['=>', 1],
  ['inclusive', 1],
  ['tu', 1],
  ['from', 1],
  ['>', 0],
  ['strict', 0],
  ['tren', 0],
  ['above', 0],
])

function readBound(r: RowReader): number | undefined {
  const cell = r.text('min_bound')
  if (cell === '') return 1
  const bound = BOUNDS.get(cell.replace(/\s+/g, '')) ?? BOUNDS.get(foldLabel(cell))
  return bound ?? r.error('min_bound', 'INVALID_VALUE', { value: cell, allowed: '≥, >' })
}

export function addBand(r: RowReader, d: Draft, code: string) {
  const min = r.number('min_pct', true)
  if (typeof min === 'number') r.range('min_pct', min, 0, 100)
  const bound = readBound(r)
  const labelVi = r.required('label_vi')
  duplicate(
    r,
    d,
    code,
    d.bands.some((b) => b.grade_code === code),
  )
  if (r.failed || typeof min !== 'number' || bound === undefined || !labelVi) return
  d.bands.push({
    scheme_id: d.scheme.id,
    grade_code: code,
    label_vi: labelVi,
    label_en: r.text('label_en') || labelVi,
    min_pct: min,
    sort_order: d.bands.length,
    min_inclusive: bound,
  })
}
