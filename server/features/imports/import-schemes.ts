// kind=schemes: one row per field, criterion or grade band of a scheme. A scheme in the file
// replaces the stored one (fields, criteria and bands), then the grades of the assessments it
// covers are recomputed.
import {
  indexSchemes,
  loadSchemes,
  schemeId,
  writeScheme,
  type FullScheme,
} from '#server/write-path/schemes.repository.ts'
import { FIELD_CODE_PATTERN } from '#shared/domain/kpi-fields.ts'
import { UNIT_KIND_LABELS, UNIT_KINDS } from '#shared/domain/units.ts'
import { SCHEME_LIMITS } from '#shared/schemas/schemes.schema.ts'
import type { ChangeSet } from '#server/write-path/change-set.ts'
import {
  addBand,
  addCriterion,
  addField,
  checkCriteriaTotals,
  placeCriteria,
  type Draft,
} from './import-scheme-items.ts'
import { readYear, type KindContext, type KindHandler } from './import-kind.ts'
import { RowReader } from './row-reader.ts'
import { planGradeChanges } from '#server/write-path/recompute-grades.ts'
import { schemeSignature } from '#server/write-path/scheme-signature.ts'
import { unitByCode } from '#server/write-path/unit-directory.ts'

const ITEMS = ['field', 'criterion', 'grade'] as const
const ITEM_LABELS = {
  field: { vi: 'Lĩnh vực', en: 'Field' },
  criterion: { vi: 'Tiêu chí', en: 'Criterion' },
  grade: { vi: 'Xếp loại', en: 'Grade' },
}
/** Criteria are numbered as in published methods ("1.1", "7.2") or coded ("TC1_1"). */
const CRITERION_CODE = /^[A-Z0-9][A-Z0-9_.]*$/

export const importSchemes: KindHandler = async (sheet, ctx) => {
  const drafts = new Map<string, Draft>()
  const full = new Set<string>()
  for (const tableRow of sheet.rows) {
    const r = new RowReader(sheet, tableRow)
    // As every other kind matches codes: without regard to case, stored as the unit's own.
    const written = r.required('province_code')
    const province = written ? unitByCode(ctx.units, written)?.code : undefined
    if (written && !province) r.error('province_code', 'UNKNOWN_UNIT', { value: written })
    const unitKind = r.oneOf('unit_kind', UNIT_KINDS, UNIT_KIND_LABELS)
    const from = readYear(r, 'year_from')
    const to = readYear(r, 'year_to', false)
    if (typeof from === 'number' && typeof to === 'number' && to < from) {
      r.error('year_to', 'OUT_OF_RANGE', { value: to, min: from, max: '…' })
    }
    const name = r.required('name')
    const item = r.oneOf('item', ITEMS, ITEM_LABELS)
    const code = r.required('code')?.toUpperCase()
    if (code && item && !(item === 'criterion' ? CRITERION_CODE : FIELD_CODE_PATTERN).test(code))
      r.error('code', 'INVALID_CODE', { value: code })
    if (r.failed || !province || !unitKind || !from || to === undefined || !name || !item || !code)
      continue
    const id = schemeId(province, unitKind, from)
    const draft = drafts.get(id) ?? newDraft(id, province, unitKind, from, to, name, r, ctx.now)
    drafts.set(id, draft)
    checkSame(r, draft, 'name', name, draft.scheme.name)
    checkSame(r, draft, 'year_to', String(to ?? ''), String(draft.scheme.year_to ?? ''))
    if (r.failed || tooMany(r, draft, item, full)) continue
    if (item === 'field') addField(r, draft, code)
    else if (item === 'criterion') addCriterion(r, draft, code)
    else addBand(r, draft, code)
  }
  for (const d of drafts.values()) {
    placeCriteria(d)
    checkCriteriaTotals(ctx.issues, d)
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

/**
 * A scheme past SCHEME_LIMITS is refused, once per kind of item, and its further rows are not
 * read (20,000 fields once overflowed a statement; duplicate checks are per item).
 */
function tooMany(r: RowReader, d: Draft, item: (typeof ITEMS)[number], full: Set<string>): boolean {
  const key = item === 'field' ? 'fields' : item === 'criterion' ? 'criteria' : 'bands'
  const count =
    key === 'fields' ? d.fields.length : key === 'criteria' ? d.pending.length : d.bands.length
  if (count < SCHEME_LIMITS[key]) return false
  const id = `${d.scheme.id}:${key}`
  if (!full.has(id)) {
    full.add(id)
    r.error('item', 'TOO_MANY_ITEMS', { what: `${d.scheme.id} (${key})`, max: SCHEME_LIMITS[key] })
  }
  return true
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
    fieldRows: new Map(),
    pending: [],
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
    criteria: [],
  }
}

function checkSame(r: RowReader, d: Draft, key: string, value: string, first: string) {
  if (value !== first)
    r.error(key, 'INCONSISTENT_VALUE', { value, other: first, row: d.row, what: d.scheme.id })
}

async function planSchemes(ctx: KindContext, drafts: Draft[]) {
  const all = await loadSchemes(ctx.db)
  const replaced: FullScheme[] = []
  // The versions replaced: their years are re-graded too (a scheme narrowed to fewer years
  // leaves the years it gave up to whichever scheme covers them now, or to none).
  const previous: FullScheme[] = []
  for (const d of drafts) {
    const next: FullScheme = {
      scheme: d.scheme,
      fields: d.fields,
      bands: d.bands,
      criteria: d.criteria,
    }
    const before = all.get(d.scheme.id)
    const changed = !before || schemeSignature(before) !== schemeSignature(next)
    recordScheme(ctx.set, d.row, next, before, changed)
    if (changed) {
      replaced.push(next)
      if (before) previous.push(before)
      all.set(d.scheme.id, next)
    }
  }
  if (replaced.length === 0) return
  const gradeChanges = await planGradeChanges(
    ctx.db,
    ctx.units,
    indexSchemes(all.values()),
    [...replaced, ...previous],
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
