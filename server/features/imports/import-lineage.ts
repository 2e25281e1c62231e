// kind=lineage: events between units (DESIGN "Lineage", ADR 014): MERGE, SPLIT, TRANSFER,
// RENAME, RECLASSIFY, DISSOLVE (no successor). Both units are of one level (a district is never
// merged into a commune) and the date lies within both units' validity (the predecessor may
// end the day before).
import { LINEAGE_EVENT_LABELS, LINEAGE_EVENTS } from '#shared/domain/units.ts'
import { diffRows, rowChange } from '#server/write-path/change-set.ts'
import { DuplicateGuard, type KindHandler } from './import-kind.ts'
import { addDays } from './add-days.ts'
import { RowReader } from './row-reader.ts'
import { unitByCode, type UnitInfo } from '#server/write-path/unit-directory.ts'

type LineageRow = {
  id: string
  event: string
  from_code: string
  to_code: string | null
  effective_date: string
  note: string | null
}

export const importLineage: KindHandler = async (sheet, ctx) => {
  const planned: { row: number; item: LineageRow }[] = []
  const dup = new DuplicateGuard()
  for (const tableRow of sheet.rows) {
    const r = new RowReader(sheet, tableRow)
    const event = r.oneOf('event', LINEAGE_EVENTS, LINEAGE_EVENT_LABELS)
    const fromCode = r.required('from_code')
    const toCode = event === 'DISSOLVE' ? r.text('to_code') || null : r.required('to_code')
    const fromUnit = fromCode ? unitByCode(ctx.units, fromCode) : undefined
    const toUnit = toCode ? unitByCode(ctx.units, toCode) : undefined
    if (fromCode && !fromUnit) r.error('from_code', 'UNKNOWN_UNIT', { value: fromCode })
    if (toCode && !toUnit) r.error('to_code', 'UNKNOWN_UNIT', { value: toCode })
    const date = r.date('effective_date', true)
    if (event && fromUnit && toUnit && fromUnit.kind !== toUnit.kind)
      r.error('to_code', 'LINEAGE_LEVEL', {
        event,
        from: fromUnit.code,
        fromKind: fromUnit.kind,
        to: toUnit.code,
        toKind: toUnit.kind,
      })
    if (date && fromUnit && !withinValidity(fromUnit, date, true))
      r.error('effective_date', 'DATE_OUTSIDE_VALIDITY', validityParams(fromUnit, date))
    if (date && toUnit && !withinValidity(toUnit, date, false))
      r.error('effective_date', 'DATE_OUTSIDE_VALIDITY', validityParams(toUnit, date))
    if (r.failed || !event || !fromUnit || !date || (toCode && !toUnit)) continue
    const from = fromUnit.code
    const to = toUnit?.code ?? null
    const id = `${event}:${from}:${to ?? ''}:${date}`
    if (!dup.check(r, id)) continue
    const note = r.text('note')
    planned.push({
      row: r.row,
      item: {
        id,
        event,
        from_code: from,
        to_code: to,
        effective_date: date,
        note: note === '' ? null : note,
      },
    })
  }
  if (ctx.issues.errorCount > 0) return
  const existing = new Map(
    (await ctx.db.selectFrom('unit_lineage').selectAll().execute()).map((l) => [l.id, l]),
  )
  for (const { row, item } of planned) {
    const before = existing.get(item.id)
    const change = rowChange('unit_lineage', before, item)
    ctx.set.record(
      row,
      item.id,
      !before,
      change ? [change] : [],
      before ? (diffRows(before, item) ?? undefined) : undefined,
    )
  }
}

/**
 * Whether an event on `date` falls within a unit's validity. The predecessor (`ending`) may have
 * ended the day before: a merger on 1 July ends the old unit on 30 June.
 */
function withinValidity(unit: UnitInfo, date: string, ending: boolean): boolean {
  if (unit.valid_from !== null && date < unit.valid_from) return false
  if (unit.valid_to === null) return true
  return ending ? date <= addDays(unit.valid_to, 1) : date <= unit.valid_to
}

function validityParams(unit: UnitInfo, date: string) {
  return {
    value: date,
    unit: unit.code,
    range: `${unit.valid_from ?? '…'}–${unit.valid_to ?? '…'}`,
  }
}
