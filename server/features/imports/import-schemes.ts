// kind=schemes: one row per field or grade band of a scheme. A scheme in the file replaces the
// stored one (fields and bands), then the grades of the assessments it covers are recomputed.
import type { SchemeFieldRow, SchemeGradeBandRow } from '#server/db/schema.ts'
import {
  indexSchemes,
  loadSchemes,
  schemeId,
  writeScheme,
  type FullScheme,
} from '#server/features/schemes/schemes.repository.ts'
import { FIELD_COMPONENTS } from '#shared/domain/kpi-fields.ts'
import { UNIT_KIND_LABELS, UNIT_KINDS } from '#shared/domain/units.ts'
import type { ChangeSet } from './change-set.ts'
import { readYear, type KindContext, type KindHandler } from './import-kind.ts'
import { RowReader } from './import-sheet.ts'
import { planGradeChanges } from './recompute-grades.ts'

const ITEMS = ['field', 'grade'] as const
const CODE = /^[A-Z][A-Z0-9_]*$/

type Draft = FullScheme & { row: number; readers: RowReader[] }

export const importSchemes: KindHandler = async (sheet, ctx) => {
  const drafts = new Map<string, Draft>()
  for (const tableRow of sheet.rows) {
    const r = new RowReader(sheet, tableRow)
    const province = r.required('province_code')
    if (province && !ctx.units.byCode.has(province))
      r.error('province_code', 'UNKNOWN_UNIT', { value: province })
    const unitKind = r.oneOf('unit_kind', UNIT_KINDS, UNIT_KIND_LABELS)
    const from = readYear(r, 'year_from')
    const to = readYear(r, 'year_to', false)
    if (typeof from === 'number' && typeof to === 'number' && to < from) {
      r.error('year_to', 'OUT_OF_RANGE', { value: to, min: from, max: '…' })
    }
    const name = r.required('name')
    const item = r.oneOf('item', ITEMS)
    const code = r.required('code')?.toUpperCase()
    if (code && !CODE.test(code)) r.error('code', 'INVALID_CODE', { value: code })
    if (r.failed || !province || !unitKind || !from || to === undefined || !name || !item || !code)
      continue
    const id = schemeId(province, unitKind, from)
    const draft = drafts.get(id) ?? newDraft(id, province, unitKind, from, to, name, r, ctx.now)
    drafts.set(id, draft)
    checkSame(r, draft, 'name', name, draft.scheme.name)
    checkSame(r, draft, 'year_to', String(to ?? ''), String(draft.scheme.year_to ?? ''))
    if (item === 'field') addField(r, draft, code)
    else addBand(r, draft, code)
  }
  for (const d of drafts.values()) {
    const total = d.fields.reduce((sum, f) => sum + f.max_points, 0)
    if (d.fields.length > 0 && Math.abs(total - 100) > 1e-6) {
      ctx.issues.warn(d.row, null, 'SCHEME_TOTAL', {
        scheme: d.scheme.id,
        total: Number(total.toFixed(2)),
      })
    }
  }
  if (ctx.issues.errorCount > 0) return
  return planSchemes(ctx, [...drafts.values()])
}

function newDraft(
  id: string,
  province: string,
  unitKind: string,
  from: number,
  to: number | null,
  name: string,
  r: RowReader,
  now: string,
): Draft {
  const decision = r.text('decision_no')
  return {
    row: r.row,
    readers: [],
    scheme: {
      id,
      province_code: province,
      unit_kind: unitKind,
      year_from: from,
      year_to: to,
      name,
      decision_no: decision === '' ? null : decision,
      updated_at: now,
    },
    fields: [],
    bands: [],
  }
}

function checkSame(r: RowReader, d: Draft, key: string, value: string, first: string) {
  if (value !== first)
    r.error(key, 'INCONSISTENT_VALUE', { value, other: first, row: d.row, what: d.scheme.id })
}

function addField(r: RowReader, d: Draft, code: string) {
  const max = r.number('max_points', true)
  const component = r.oneOf('component', FIELD_COMPONENTS, {}, false) ?? 'APPRAISAL'
  if (typeof max === 'number') r.range('max_points', max, 0, 1000)
  if (d.fields.some((f) => f.field_code === code))
    r.error('code', 'DUPLICATE_ROW', { other: d.row, key: `${d.scheme.id}:${code}` })
  if (r.failed || typeof max !== 'number') return
  const field: SchemeFieldRow = {
    scheme_id: d.scheme.id,
    field_code: code,
    max_points: max,
    component,
    sort_order: d.fields.length,
  }
  d.fields.push(field)
}

function addBand(r: RowReader, d: Draft, code: string) {
  const min = r.number('min_pct', true)
  if (typeof min === 'number') r.range('min_pct', min, 0, 100)
  const labelVi = r.required('label_vi')
  if (d.bands.some((b) => b.grade_code === code))
    r.error('code', 'DUPLICATE_ROW', { other: d.row, key: `${d.scheme.id}:${code}` })
  if (r.failed || typeof min !== 'number' || !labelVi) return
  const band: SchemeGradeBandRow = {
    scheme_id: d.scheme.id,
    grade_code: code,
    label_vi: labelVi,
    label_en: r.text('label_en') || labelVi,
    min_pct: min,
    sort_order: d.bands.length,
  }
  d.bands.push(band)
}

/** Comparable form of a scheme: everything but the write time. */
export function schemeSignature(s: FullScheme): string {
  const { updated_at: _ignored, ...scheme } = s.scheme
  return JSON.stringify({ scheme, fields: s.fields, bands: s.bands })
}

async function planSchemes(ctx: KindContext, drafts: Draft[]) {
  const all = await loadSchemes(ctx.db)
  const replaced: FullScheme[] = []
  for (const d of drafts) {
    const next: FullScheme = { scheme: d.scheme, fields: d.fields, bands: d.bands }
    const before = all.get(d.scheme.id)
    const changed = !before || schemeSignature(before) !== schemeSignature(next)
    recordScheme(ctx.set, d.row, next, before, changed)
    if (changed) {
      replaced.push(next)
      all.set(d.scheme.id, next)
    }
  }
  if (replaced.length === 0) return
  const gradeChanges = await planGradeChanges(
    ctx.db,
    ctx.units,
    indexSchemes(all.values()),
    replaced,
    ctx.now,
  )
  for (const c of gradeChanges) ctx.set.secondary(c)
  return async (trx: Parameters<typeof writeScheme>[0]) => {
    for (const s of replaced) await writeScheme(trx, s.scheme.id, s)
  }
}

function recordScheme(
  set: ChangeSet,
  row: number,
  next: FullScheme,
  before: FullScheme | undefined,
  changed: boolean,
) {
  const change = changed
    ? [
        {
          entity: 'scheme' as const,
          key: next.scheme.id,
          action: before ? ('UPDATE' as const) : ('INSERT' as const),
          before: before ?? null,
          after: next,
        },
      ]
    : []
  set.record(row, next.scheme.id, !before, change)
}
