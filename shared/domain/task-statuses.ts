/** Status of a reform task in a unit's annual plan (kế hoạch CCHC năm). */
export const TASK_STATUSES = [
  'DONE_ON_TIME',
  'DONE_LATE',
  'IN_PROGRESS',
  'OVERDUE',
  'NOT_STARTED',
  'CANCELLED',
] as const
export type TaskStatus = (typeof TASK_STATUSES)[number]

export const TASK_STATUS_LABELS: Record<TaskStatus, { vi: string; en: string }> = {
  DONE_ON_TIME: { vi: 'Hoàn thành đúng hạn', en: 'Done on time' },
  DONE_LATE: { vi: 'Hoàn thành trễ hạn', en: 'Done late' },
  IN_PROGRESS: { vi: 'Đang thực hiện, trong hạn', en: 'In progress' },
  OVERDUE: { vi: 'Đang thực hiện, quá hạn', en: 'Overdue' },
  NOT_STARTED: { vi: 'Chưa thực hiện', en: 'Not started' },
  CANCELLED: { vi: 'Điều chỉnh / hủy', en: 'Adjusted / cancelled' },
}

/** Task counts of one plan (or one field of a plan), by status. */
export type TaskCounts = Record<TaskStatus, number>
