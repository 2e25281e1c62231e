// kind=units: the unit tree. Parents may come from the database or from the same file;
// rows are written parents first so the parent_code foreign key always holds.
import type { UnitRow } from '#server/db/schema.ts'
import { UNIT_KIND_LABELS, UNIT_KINDS } from '#shared/domain/units.ts'
import { foldUnitName } from '#shared/text/fold-unit-name.ts'
import { rowChange, diffRows } from './change-set.ts'
import { DuplicateGuard, readYear, UNIT_CODE, type KindHandler } from './import-kind.ts'
import { RowReader } from './import-sheet.ts'

type Planned = { row: number; unit: UnitRow }

export const importUnits: KindHandler = async (sheet, ctx) => {
  const planned = new Map<string, Planned>()
  const dup = new DuplicateGuard()
  const readers = new Map<string, RowReader>()
  for (const tableRow of sheet.rows) {
    const r = new RowReader(sheet, tableRow)
    const code = r.required('code')
    if (code !== undefined && !UNIT_CODE.test(code))
      r.error('code', 'INVALID_CODE', { value: code })
    const name = r.required('name')
    const kind = r.oneOf('kind', UNIT_KINDS, UNIT_KIND_LABELS)
    const parent = r.text('parent_code')
    if (parent === '' && kind && kind !== 'COUNTRY') r.error('parent_code', 'MISSING_VALUE')
    const from = readYear(r, 'valid_from', false)
    const to = readYear(r, 'valid_to', false)
    if (typeof from === 'number' && typeof to === 'number' && from > to) {
      r.error('valid_to', 'OUT_OF_RANGE', { value: to, min: from, max: '…' })
    }
    if (r.failed || !code || !name || !kind || from === undefined || to === undefined) continue
    if (!dup.check(r, code, 'code')) continue
    readers.set(code, r)
    planned.set(code, {
      row: r.row,
      unit: {
        code,
        name: name.normalize('NFC'),
        name_key: foldUnitName(name),
        kind,
        parent_code: parent === '' ? null : parent,
        valid_from: from,
        valid_to: to,
        import_batch_id: null,
        updated_at: ctx.now,
      },
    })
  }
  const ordered = parentsFirst(planned, readers, ctx)
  if (ctx.issues.errorCount > 0) return
  const existing = await ctx.db.selectFrom('unit').selectAll().execute()
  const byCode = new Map(existing.map((u) => [u.code, u]))
  for (const { row, unit } of ordered) {
    const before = byCode.get(unit.code)
    const change = rowChange('unit', before, unit)
    ctx.set.record(
      row,
      unit.code,
      !before,
      change ? [change] : [],
      before ? (diffRows(before, unit) ?? undefined) : undefined,
    )
  }
}

/** Orders rows so every parent precedes its children; reports unknown parents and cycles. */
function parentsFirst(
  planned: Map<string, Planned>,
  readers: Map<string, RowReader>,
  ctx: Parameters<KindHandler>[1],
) {
  const ordered: Planned[] = []
  const state = new Map<string, 'visiting' | 'done'>()
  const visit = (code: string): boolean => {
    const item = planned.get(code)
    if (!item) return ctx.units.byCode.has(code)
    const s = state.get(code)
    if (s === 'done') return true
    const r = readers.get(code) as RowReader
    if (s === 'visiting') {
      r.error('parent_code', 'PARENT_CYCLE', { unit: code })
      return false
    }
    state.set(code, 'visiting')
    const parent = item.unit.parent_code
    if (parent !== null && !visit(parent)) {
      if (!planned.has(parent) && !ctx.units.byCode.has(parent)) {
        r.error('parent_code', 'UNKNOWN_UNIT', { value: parent })
      }
      state.set(code, 'done')
      return false
    }
    state.set(code, 'done')
    ordered.push(item)
    return true
  }
  for (const code of planned.keys()) visit(code)
  return ordered
}
