// Reform-task completion of a cohort-year as a table download: counts by status, then the
// completion and on-time rates as percentages.
import { TASK_STATUS_LABELS, TASK_STATUSES } from '#shared/domain/task-statuses.ts'
import type { TaskEntry } from '#shared/dto/task.ts'
import { TASK_CSV_COLUMNS, toTaskCsvRow } from './tasks.mapper.ts'
import type {
  DownloadTable,
  Localized,
  TableColumn,
} from '#server/lib/table-download/table-columns.ts'
import {
  cohortYearTable,
  type CohortYearTableInput,
} from '#server/lib/table-download/tables/cohort-year-table.ts'

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
  // Of the tasks due (planned less adjusted or cancelled), as the page's headers say.
  {
    key: 'completion_pct',
    vi: 'Tỷ lệ hoàn thành trên số phải thực hiện',
    en: 'Completion rate of tasks due',
    kind: 'percent',
  },
  {
    key: 'on_time_pct',
    vi: 'Tỷ lệ đúng hạn trên số phải thực hiện',
    en: 'On-time rate of tasks due',
    kind: 'percent',
  },
]

export function taskTable(input: CohortYearTableInput<TaskEntry>): DownloadTable {
  return cohortYearTable(
    {
      file: 'tasks',
      what: WHAT,
      sheet: { vi: 'Nhiệm vụ CCHC', en: 'PAR tasks' },
      columns: TASK_COLUMNS,
      rawColumns: TASK_CSV_COLUMNS,
      toRow: toTaskCsvRow,
    },
    input,
  )
}
