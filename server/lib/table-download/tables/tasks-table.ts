// Reform-task completion of a cohort-year as a table download: counts by status, then the
// completion and on-time rates as percentages.
import { TASK_STATUS_LABELS, TASK_STATUSES } from '#shared/domain/task-statuses.ts'
import type { TaskEntry } from '#shared/dto/task.ts'
import { TASK_CSV_COLUMNS, toTaskCsvRow } from '#server/features/tasks/tasks.mapper.ts'
import type { DownloadTable, Localized, TableColumn } from '../table-columns.ts'
import { cohortTitle, sheetTitle, type CohortLabelInput } from './cohort-label.ts'

const WHAT: Localized = {
  vi: 'Kết quả thực hiện nhiệm vụ CCHC',
  en: 'PAR plan task completion',
}

export const TASK_COLUMNS: readonly TableColumn[] = [
  { key: 'year', vi: 'Năm', en: 'Year', kind: 'integer' },
  { key: 'unit_code', vi: 'Mã đơn vị', en: 'Unit code', kind: 'text' },
  { key: 'unit_name', vi: 'Tên đơn vị', en: 'Unit', kind: 'text', width: 22 },
  { key: 'planned', vi: 'Tổng số nhiệm vụ', en: 'Tasks planned', kind: 'integer' },
  ...TASK_STATUSES.map((status): TableColumn => ({
    key: status,
    vi: TASK_STATUS_LABELS[status].vi,
    en: TASK_STATUS_LABELS[status].en,
    kind: 'integer',
    width: 12,
  })),
  { key: 'completion_pct', vi: 'Tỷ lệ hoàn thành', en: 'Completion rate', kind: 'percent' },
  { key: 'on_time_pct', vi: 'Tỷ lệ đúng hạn', en: 'On-time rate', kind: 'percent' },
]

export type TaskTableInput = {
  cohort: CohortLabelInput & { parentCode: string }
  year: number | null
  items: readonly TaskEntry[]
  source: Localized
}

export function taskTable(input: TaskTableInput): DownloadTable {
  const { cohort, year } = input
  return {
    fileName: ['tasks', cohort.parentCode, cohort.kind, cohort.block, year],
    title: cohortTitle(WHAT, cohort, [year]),
    sheetName: sheetTitle({ vi: 'Nhiệm vụ CCHC', en: 'PAR tasks' }, year),
    columns: TASK_COLUMNS,
    rawColumns: TASK_CSV_COLUMNS,
    rows: input.items.map((entry) => toTaskCsvRow(entry, year)),
    source: input.source,
  }
}
