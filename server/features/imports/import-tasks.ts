// kind=tasks: a unit's plan results by status. Either one row per (unit, year, field, content
// area) with a count column per status, or one row per task with a `status` column (counted).
import type { TaskResultRow } from '#server/db/schema.ts'
import { FIELD_CODE_PATTERN, KPI_FIELDS } from '#shared/domain/kpi-fields.ts'
import { TASK_STATUS_LABELS, TASK_STATUSES, type TaskStatus } from '#shared/domain/task-statuses.ts'
import { foldLabel } from '#shared/text/fold-unit-name.ts'
import { diffRows, entityKey, rowChange } from '#server/write-path/change-set.ts'
import { existingRowsByKey } from '#server/write-path/existing-rows-by-key.ts'
import { DuplicateGuard, readYear, type KindHandler } from './import-kind.ts'
import { FIELD_BY_LABEL } from './header-labels.ts'
import { RowReader } from './row-reader.ts'
import { resolveUnit } from './resolve-unit.ts'
import { previewShown } from './preview-shown.ts'

type Counts = Pick<
  TaskResultRow,
  'done_on_time' | 'done_late' | 'in_progress' | 'overdue' | 'not_started' | 'cancelled'
>
type Planned = { row: number; item: TaskResultRow; planned: number | null; r: RowReader }

const COLUMN: Record<TaskStatus, keyof Counts> = {
  DONE_ON_TIME: 'done_on_time',
  DONE_LATE: 'done_late',
  IN_PROGRESS: 'in_progress',
  OVERDUE: 'overdue',
  NOT_STARTED: 'not_started',
  CANCELLED: 'cancelled',
}

export const importTasks: KindHandler = async (sheet, ctx) => {
  const perTask = sheet.index.has('status')
  if (perTask) {
    // One row per task is counted; a count column beside it would be silently ignored.
    for (const col of [...Object.values(COLUMN), 'planned']) {
      const i = sheet.index.get(col)
      if (i !== undefined)
        sheet.issues.error(sheet.headerRow, sheet.header[i] ?? col, 'MIXED_TASK_FORMAT', {
          column: sheet.header[i] ?? col,
        })
    }
    if (ctx.issues.errorCount > 0) return
  }
  const byKey = new Map<string, Planned>()
  const dup = new DuplicateGuard()
  for (const tableRow of sheet.rows) {
    const r = new RowReader(sheet, tableRow)
    const year = readYear(r)
    const unit = resolveUnit(r, ctx.units, ctx.parentCode, year ?? undefined)
    const field = readField(r)
    const counts = perTask ? statusCount(r) : statusColumns(r)
    const planned = r.integer('planned')
    if (typeof planned === 'number' && planned < 0)
      r.error('planned', 'OUT_OF_RANGE', { value: planned, min: 0, max: '…' })
    if (r.failed || !unit || !year || field === undefined || !counts || planned === undefined)
      continue
    const item: TaskResultRow = {
      unit_code: unit.code,
      year,
      field_code: field,
      content_area: r.words('content_area'),
      ...counts,
      import_batch_id: null,
      updated_at: ctx.now,
    }
    const key = entityKey('task_result', item)
    const seen = byKey.get(key)
    if (seen && perTask) {
      for (const col of Object.values(COLUMN)) seen.item[col] += item[col]
    } else if (dup.check(r, key)) byKey.set(key, { row: r.row, item, planned, r })
  }
  for (const p of byKey.values()) {
    const sum = Object.values(COLUMN).reduce((s, col) => s + p.item[col], 0)
    if (p.planned !== null && !perTask && p.planned !== sum)
      p.r.error('planned', 'TASK_SUM_MISMATCH', { sum, planned: p.planned })
  }
  if (ctx.issues.errorCount > 0) return
  const items = [...byKey.values()]
  const existing = await existingRowsByKey(
    ctx.db,
    'task_result',
    new Set(items.map((p) => p.item.unit_code)),
    new Set(items.map((p) => p.item.year)),
  )
  for (const { row, item } of items) {
    const key = entityKey('task_result', item)
    const before = existing.get(key)
    const change = rowChange('task_result', before, item)
    ctx.set.record(
      row,
      key,
      !before,
      change ? [change] : [],
      before ? (diffRows(before, item) ?? undefined) : undefined,
      () => previewShown('tasks', ctx.units, item),
    )
  }
}

/** '' (the whole plan), a field code, or a field's Vietnamese name. */
function readField(r: RowReader): string | undefined {
  const cell = r.text('field')
  if (cell === '') return ''
  const code = FIELD_BY_LABEL.get(foldLabel(cell)) ?? cell.toUpperCase()
  if (!FIELD_CODE_PATTERN.test(code))
    return r.error('field', 'INVALID_VALUE', { value: cell, allowed: KPI_FIELDS.join(', ') })
  return code
}

function statusCount(r: RowReader): Counts | undefined {
  const status = r.oneOf('status', TASK_STATUSES, TASK_STATUS_LABELS)
  if (!status) return undefined
  const counts = emptyCounts()
  counts[COLUMN[status]] = 1
  return counts
}

function statusColumns(r: RowReader): Counts | undefined {
  const counts = emptyCounts()
  let ok = true
  for (const status of TASK_STATUSES) {
    const col = COLUMN[status]
    const value = r.integer(col)
    if (value === undefined) ok = false
    else if (value !== null && value < 0) ok = r.range(col, value, 0, Number.MAX_SAFE_INTEGER) && ok
    else counts[col] = value ?? 0
  }
  return ok ? counts : undefined
}

function emptyCounts(): Counts {
  return { done_on_time: 0, done_late: 0, in_progress: 0, overdue: 0, not_started: 0, cancelled: 0 }
}
