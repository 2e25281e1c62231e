// kind=lineage: merge / split / rename events between units (DESIGN "Unit").
import { LINEAGE_EVENTS } from '#shared/domain/units.ts'
import { diffRows, rowChange } from './change-set.ts'
import { DuplicateGuard, type KindHandler } from './import-kind.ts'
import { RowReader } from './import-sheet.ts'

type LineageRow = {
  id: string
  event: string
  from_code: string
  to_code: string
  effective_date: string
  note: string | null
}

export const importLineage: KindHandler = async (sheet, ctx) => {
  const planned: { row: number; item: LineageRow }[] = []
  const dup = new DuplicateGuard()
  for (const tableRow of sheet.rows) {
    const r = new RowReader(sheet, tableRow)
    const event = r.oneOf('event', LINEAGE_EVENTS)
    const from = r.required('from_code')
    const to = r.required('to_code')
    if (from && !ctx.units.byCode.has(from)) r.error('from_code', 'UNKNOWN_UNIT', { value: from })
    if (to && !ctx.units.byCode.has(to)) r.error('to_code', 'UNKNOWN_UNIT', { value: to })
    const date = r.date('effective_date', true)
    if (r.failed || !event || !from || !to || !date) continue
    const id = `${event}:${from}:${to}:${date}`
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
